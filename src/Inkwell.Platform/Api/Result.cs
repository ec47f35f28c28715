using System.Text.Json.Serialization;

namespace Inkwell.Platform.Api;

/// <summary>Why a command or query did not produce its value.</summary>
public enum FailureKind
{
    None,
    Invalid,
    NotFound,
    Forbidden,
    Unauthorized,
}

/// <summary>
/// The outcome of a module's use case, free of HTTP: the API turns it into a status and the error
/// format, the website into a page with messages next to the fields.
/// </summary>
public sealed class Result<T>
{
    // Also how a read cached in Redis is read back (System.Text.Json), so the one constructor is marked for it.
    [JsonConstructor]
    private Result(T? value, FailureKind failure, ErrorResponse? error)
    {
        Value = value;
        Failure = failure;
        Error = error;
    }

    public T? Value { get; }

    public FailureKind Failure { get; }

    public ErrorResponse? Error { get; }

    public bool Succeeded => Failure == FailureKind.None;

    public static Result<T> Ok(T value) => new(value, FailureKind.None, null);

    public static Result<T> Invalid(ValidationErrors errors) => new(default, FailureKind.Invalid, errors.ToResponse());

    public static Result<T> Invalid(string field, string message) => new(default, FailureKind.Invalid, ErrorResponse.For(field, message));

    public static Result<T> NotFound(string what) => new(default, FailureKind.NotFound, ErrorResponse.For(what, "not found"));

    public static Result<T> Forbidden(string what, string message) => new(default, FailureKind.Forbidden, ErrorResponse.For(what, message));

    public static Result<T> Unauthorized(string field, string message) => new(default, FailureKind.Unauthorized, ErrorResponse.For(field, message));

    /// <summary>A failure as another process reported it: its kind (from the status code) and its error body.</summary>
    public static Result<T> Failed(FailureKind failure, ErrorResponse error) =>
        failure == FailureKind.None ? throw new ArgumentException("A failure needs a kind.", nameof(failure)) : new(default, failure, error);

    /// <summary>The same failure, for a use case that returns something else.</summary>
    public Result<TOther> Cast<TOther>() =>
        Succeeded ? throw new InvalidOperationException("Only a failure can change its value type.") : new(default, Failure, Error);
}
