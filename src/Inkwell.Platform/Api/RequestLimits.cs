namespace Inkwell.Platform.Api;

/// <summary>Limits shared by every module's request validation.</summary>
public static class RequestLimits
{
    /// <summary>Largest request body the API reads; an article body is the biggest thing anyone sends.</summary>
    public const long MaxBodyBytes = 1024 * 1024;
}
