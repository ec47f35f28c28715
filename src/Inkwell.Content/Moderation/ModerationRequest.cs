namespace Inkwell.Content.Moderation;

/// <summary>The admin API's moderation body, sent and answered: <c>{"moderation":{"hidden":true}}</c>.</summary>
internal sealed record ModerationRequest(ModerationBody? Moderation);

internal sealed record ModerationBody(bool? Hidden);

internal sealed record ModerationResponse(ModerationState Moderation);

internal sealed record ModerationState(bool Hidden);
