using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Inkwell.Web;

public static class ModelStateErrors
{
    /// <summary>
    /// Puts a use case's field errors next to the matching form fields (<c>username</c> → <c>Input.Username</c>);
    /// errors for fields the form does not have go to the summary at the top.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary modelState, ErrorResponse? error, string prefix, params string[] formFields)
    {
        foreach (var (field, messages) in error?.Errors ?? new Dictionary<string, string[]>())
        {
            var property = formFields.FirstOrDefault(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase));
            foreach (var message in messages)
            {
                if (property is null)
                {
                    modelState.AddModelError(string.Empty, $"{Capitalize(field)} {message}.");
                }
                else
                {
                    modelState.AddModelError($"{prefix}.{property}", $"{Capitalize(field)} {message}.");
                }
            }
        }
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
