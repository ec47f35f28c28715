using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Api;

/// <summary>The API's one error format: <c>{"errors":{"field":["message"]}}</c>.</summary>
public sealed record ErrorResponse(IReadOnlyDictionary<string, string[]> Errors)
{
    public static ErrorResponse For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

public static class ApiErrors
{
    public static UnprocessableEntity<ErrorResponse> Validation(ValidationErrors errors) => TypedResults.UnprocessableEntity(errors.ToResponse());

    public static UnprocessableEntity<ErrorResponse> Validation(string field, string message) =>
        TypedResults.UnprocessableEntity(ErrorResponse.For(field, message));

    public static NotFound<ErrorResponse> NotFound(string what) => TypedResults.NotFound(ErrorResponse.For(what, "not found"));

    public static JsonHttpResult<ErrorResponse> Forbidden(string what, string message) =>
        TypedResults.Json(ErrorResponse.For(what, message), statusCode: StatusCodes.Status403Forbidden);

    public static JsonHttpResult<ErrorResponse> Unauthorized(string field, string message) =>
        TypedResults.Json(ErrorResponse.For(field, message), statusCode: StatusCodes.Status401Unauthorized);

    /// <summary>A request body without its envelope, such as <c>{"user":{...}}</c>.</summary>
    public static JsonHttpResult<ErrorResponse> MissingEnvelope(string name) =>
        TypedResults.Json(ErrorResponse.For(name, "is required"), statusCode: StatusCodes.Status422UnprocessableEntity);

    /// <summary>The failure of a use case as the API answers it: status code and error body.</summary>
    public static JsonHttpResult<ErrorResponse> From<T>(Result<T> failed) => TypedResults.Json(
        failed.Error ?? throw new InvalidOperationException("A successful result has no error to answer."),
        statusCode: failed.Failure switch
        {
            FailureKind.Invalid => StatusCodes.Status422UnprocessableEntity,
            FailureKind.NotFound => StatusCodes.Status404NotFound,
            FailureKind.Forbidden => StatusCodes.Status403Forbidden,
            FailureKind.Unauthorized => StatusCodes.Status401Unauthorized,
            _ => throw new InvalidOperationException($"No status for {failed.Failure}."),
        });
}
