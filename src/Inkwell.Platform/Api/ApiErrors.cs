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
}
