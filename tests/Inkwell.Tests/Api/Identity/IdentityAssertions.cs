using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

/// <summary>Reading the Identity envelopes (<c>user</c>, <c>profile</c>) and the error format in assertions.</summary>
internal static class IdentityAssertions
{
    public static async Task<JsonObject> ReadUserAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        (await response.ReadJsonAsync(expected))["user"]!.AsObject();

    public static async Task<JsonObject> ReadProfileAsync(this HttpResponseMessage response) =>
        (await response.ReadJsonAsync(HttpStatusCode.OK))["profile"]!.AsObject();

    public static string Text(this JsonObject json, string property) => json[property]!.GetValue<string>();

    public static bool Flag(this JsonObject json, string property) => json[property]!.GetValue<bool>();

    /// <summary>Asserts a present-and-null property: the API writes nulls rather than leaving fields out.</summary>
    public static void AssertNull(this JsonObject json, string property) =>
        Assert.True(json.ContainsKey(property) && json[property] is null, $"Expected '{property}' to be null in {json.ToJsonString()}");

    /// <summary>
    /// Asserts the status and the API's error format, <c>{"errors":{"field":["message", ...]}}</c>, and nothing else in the body.
    /// </summary>
    public static async Task<JsonObject> AssertErrorFormatAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var json = await response.ReadJsonAsync(expected);
        Assert.Equal(new[] { "errors" }, json.Select(p => p.Key));
        var errors = json["errors"]!.AsObject();
        Assert.NotEmpty(errors);
        foreach (var (field, messages) in errors)
        {
            Assert.False(string.IsNullOrWhiteSpace(field));
            Assert.NotEmpty(messages!.AsArray());
            Assert.All(messages.AsArray(), m => Assert.False(string.IsNullOrWhiteSpace(m!.GetValue<string>())));
        }

        return errors;
    }

    /// <summary>Asserts a 422 in the error format that names exactly <paramref name="fields"/>.</summary>
    public static async Task<JsonObject> AssertValidationErrorAsync(this HttpResponseMessage response, params string[] fields)
    {
        var errors = await response.AssertErrorFormatAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(fields.Order(), errors.Select(e => e.Key).Order());
        return errors;
    }

    public static void AssertMessage(this JsonObject errors, string field, string fragment) =>
        Assert.Contains(errors[field]!.AsArray(), m => m!.GetValue<string>().Contains(fragment, StringComparison.Ordinal));
}
