namespace Inkwell.Platform.Auth;

/// <summary>
/// What a service access token carries besides the <see cref="Roles.Service"/> role: the client it was issued to, in the
/// claim RFC 9068 names for it. Identity writes it only into service tokens, so it tells them from people's tokens.
/// </summary>
public static class ServiceClaims
{
    public const string ClientId = "client_id";
}
