using Yarp.ReverseProxy.Forwarder;

namespace Inkwell.Tests.Gateway;

/// <summary>What YARP leaves on a request whose forwarding failed.</summary>
internal sealed class FailedAttempt(ForwarderError error, Exception? exception = null) : IForwarderErrorFeature
{
    public ForwarderError Error { get; } = error;

    public Exception? Exception { get; } = exception;

    public static FailedAttempt ConnectionRefused() => new(ForwarderError.Request,
        new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (127.0.0.1:1)", new System.Net.Sockets.SocketException(111)));

    public static FailedAttempt ResetAfterSending() => new(ForwarderError.Request,
        new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."));
}
