using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Limits;

internal static class RateLimitAssertions
{
    /// <summary>429, a Retry-After of 1 to 60 seconds, and the API's error format under <c>rate</c>.</summary>
    public static async Task AssertRateLimitedAsync(this HttpResponseMessage response)
    {
        var errors = await response.AssertErrorAsync(HttpStatusCode.TooManyRequests, "rate");
        Assert.StartsWith("too many requests, try again in ", errors["rate"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.InRange(RetryAfterSeconds(response), 1, 60);
    }

    public static int RetryAfterSeconds(HttpResponseMessage response) =>
        (int)(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? throw new Xunit.Sdk.XunitException("no Retry-After in seconds"));
}
