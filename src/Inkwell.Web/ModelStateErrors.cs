using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Inkwell.Web;

public static class ModelStateErrors
{
    /// <summary>
    /// Puts a use case's field errors next to the form fields (<c>username</c> → <c>Input.Username</c>);
    /// errors for fields the form does not have go to the summary at the top.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary modelState, ErrorResponse? error, string prefix, params string[] formFields) =>
        modelState.AddErrors(error, formFields.ToDictionary(field => field, field => $"{prefix}.{field}", StringComparer.OrdinalIgnoreCase));

    /// <summary>As above, with each error field mapped to its form key explicitly.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ErrorResponse? error, IReadOnlyDictionary<string, string> formKeys)
    {
        foreach (var (field, messages) in error?.Errors ?? new Dictionary<string, string[]>())
        {
            var key = formKeys.FirstOrDefault(k => string.Equals(k.Key, field, StringComparison.OrdinalIgnoreCase)).Value ?? string.Empty;
            foreach (var message in messages)
            {
                modelState.AddModelError(key, $"{Capitalize(field)} {message}.");
            }
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
