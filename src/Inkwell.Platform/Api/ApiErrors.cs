using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Api;

/// <summary>The API's one error format: <c>{"errors":{"field":["message"]}}</c>.</summary>
public sealed record ErrorResponse(IReadOnlyDictionary<string, string[]> Errors)
{
    public static ErrorResponse For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The errors as one line of text, for a terminal or a report: <c>username has already been taken; email is invalid</c>.</summary>
    public string Describe() => string.Join("; ", Errors.SelectMany(field => field.Value.Select(message => $"{field.Key} {message}")));
}

public static class ApiErrors
{
    /// <summary>A request body without its envelope, such as <c>{"user":{...}}</c>.</summary>
    public static JsonHttpResult<ErrorResponse> MissingEnvelope(string name) => Json(ErrorResponse.For(name, "is required"), FailureKind.Invalid);

    /// <summary>Query parameters that fail their checks.</summary>
    public static JsonHttpResult<ErrorResponse> Invalid(ValidationErrors errors) => Json(errors.ToResponse(), FailureKind.Invalid);

    public static JsonHttpResult<ErrorResponse> NotFound(string what) => Json(ErrorResponse.For(what, "not found"), FailureKind.NotFound);

    /// <summary>The failure of a use case as the API answers it: status code and error body.</summary>
    public static JsonHttpResult<ErrorResponse> From<T>(Result<T> failed) =>
        Json(failed.Error ?? throw new InvalidOperationException("A successful result has no error to answer."), failed.Failure);

    private static JsonHttpResult<ErrorResponse> Json(ErrorResponse error, FailureKind failure) => TypedResults.Json(error, statusCode: failure switch
    {
        FailureKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.Unauthorized => StatusCodes.Status401Unauthorized,
        _ => throw new InvalidOperationException($"No status for {failure}."),
    });
}
