using System.Net.Http;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Inkwell.Gateway;

/// <summary>
/// Which failed attempts the gateway may send again, to another instance. Only a request whose repetition
/// cannot change the outcome: a safe read (GET, HEAD, OPTIONS) that failed before any response came back,
/// or a PUT or DELETE that never reached an instance at all (the connection was refused), so no instance
/// can have acted on it. A PUT or DELETE that did reach an instance may have been carried out before the
/// instance failed; repeating it would answer for a second execution (a DELETE's 404) instead of the first.
/// POST is never repeated: it creates things. A timed-out request is not repeated either: a request slow
/// on one instance is usually slow on all, and repeating it only adds load where there is too much already.
/// </summary>
internal static class RetryRules
{
    public static bool MayRetry(HttpRequest request, IForwarderErrorFeature failure)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return failure.Error is ForwarderError.Request or ForwarderError.ResponseHeaders;
        }

        if (HttpMethods.IsPut(request.Method) || HttpMethods.IsDelete(request.Method))
        {
            return failure.Error is ForwarderError.Request && NeverConnected(failure.Exception);
        }

        return false;
    }

    /// <summary>
    /// The instance never accepted the connection, so it saw nothing of the request, and the request body,
    /// which is only read once a connection is open, is still unread and can go to another instance.
    /// </summary>
    private static bool NeverConnected(Exception? error)
    {
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError })
            {
                return true;
            }
        }

        return false;
    }
}
