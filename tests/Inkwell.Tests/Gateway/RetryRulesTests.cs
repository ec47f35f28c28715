using Inkwell.Gateway;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Inkwell.Tests.Gateway;

public sealed class RetryRulesTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("OPTIONS")]
    public void A_safe_read_is_repeated_whether_or_not_it_reached_the_instance(string method)
    {
        Assert.True(RetryRules.MayRetry(Request(method), FailedAttempt.ConnectionRefused()));
        Assert.True(RetryRules.MayRetry(Request(method), FailedAttempt.ResetAfterSending()));
        Assert.True(RetryRules.MayRetry(Request(method), new FailedAttempt(ForwarderError.ResponseHeaders)));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public void A_put_or_delete_is_repeated_only_when_no_instance_saw_it(string method)
    {
        Assert.True(RetryRules.MayRetry(Request(method), FailedAttempt.ConnectionRefused()));
        Assert.False(RetryRules.MayRetry(Request(method), FailedAttempt.ResetAfterSending()));
        Assert.False(RetryRules.MayRetry(Request(method), new FailedAttempt(ForwarderError.ResponseHeaders)));
    }

    [Fact]
    public void A_post_is_never_repeated()
    {
        Assert.False(RetryRules.MayRetry(Request("POST"), FailedAttempt.ConnectionRefused()));
        Assert.False(RetryRules.MayRetry(Request("PATCH"), FailedAttempt.ConnectionRefused()));
    }

    [Theory]
    [InlineData(ForwarderError.RequestTimedOut)]
    [InlineData(ForwarderError.RequestCanceled)]
    [InlineData(ForwarderError.NoAvailableDestinations)]
    public void Timeouts_cancellations_and_an_empty_cluster_are_not_repeated(ForwarderError error)
    {
        Assert.False(RetryRules.MayRetry(Request("GET"), new FailedAttempt(error)));
    }

    private static HttpRequest Request(string method) => new DefaultHttpContext { Request = { Method = method } }.Request;
}
