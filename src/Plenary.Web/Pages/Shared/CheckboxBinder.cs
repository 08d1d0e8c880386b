using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Plenary.Web.Pages.Shared;

/// <summary>
/// Reads a yes-or-no field (a checkbox) from a form or a query: "true", "on" or "1" is ticked,
/// "false", "off", "0" or nothing is not; anything else is refused with a message in words, and the
/// form shows again with the box unticked (the framework's own binder kept the odd value, which the
/// checkbox then could not show: a 500).
/// </summary>
public sealed class CheckboxBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            if (bindingContext.ModelType == typeof(bool)) bindingContext.Result = ModelBindingResult.Success(false);
            return Task.CompletedTask;
        }
        // A checkbox sends "true" and its hidden twin "false": ticked when any value says so.
        bool? read = null;
        foreach (var text in value.Values)
        {
            var one = text?.Trim().ToLowerInvariant() switch
            {
                "true" or "on" or "1" => true,
                "false" or "off" or "0" or "" or null => false,
                _ => (bool?)null,
            };
            if (one is null)
            {
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, false, "false");
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    $"'{text}' is not a value of this box: it is ticked or not (true or false).");
                bindingContext.Result = ModelBindingResult.Failed();
                return Task.CompletedTask;
            }
            read = (read ?? false) || one.Value;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, read ?? false, (read ?? false) ? "true" : "false");
        bindingContext.Result = ModelBindingResult.Success(read ?? false);
        return Task.CompletedTask;
    }
}

public sealed class CheckboxBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(bool) || context.Metadata.ModelType == typeof(bool?) ? new CheckboxBinder() : null;
}
