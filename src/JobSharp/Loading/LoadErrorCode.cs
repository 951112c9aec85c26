namespace JobSharp.Loading;

/// <summary>The stable codes of load errors; <c>docs/loading.md</c> explains each with an example.</summary>
internal static class LoadErrorCode
{
    /// <summary>The text is not well-formed YAML (including tabs used for indentation).</summary>
    public const string Syntax = "JS2001";

    /// <summary>The bytes are not UTF-8, or the text holds a character YAML does not allow.</summary>
    public const string Encoding = "JS2002";

    /// <summary>The input is larger than <see cref="LoadLimits.MaxInputBytes"/>.</summary>
    public const string TooLarge = "JS2003";

    /// <summary>Mappings and lists are nested deeper than <see cref="LoadLimits.MaxDepth"/>.</summary>
    public const string TooDeep = "JS2004";

    /// <summary>The stream has more than <see cref="LoadLimits.MaxNodes"/> nodes.</summary>
    public const string TooManyNodes = "JS2005";

    /// <summary>Aliases expand to more than <see cref="LoadLimits.MaxAliasNodes"/> nodes, or name an unknown anchor.</summary>
    public const string Alias = "JS2006";

    /// <summary>The apiVersion and kind are not batch/v1 Job or CronJob.</summary>
    public const string UnsupportedKind = "JS2007";

    /// <summary>The document has no apiVersion or no kind.</summary>
    public const string MissingKind = "JS2008";

    /// <summary>The document is not a mapping.</summary>
    public const string NotAnObject = "JS2009";

    /// <summary>A field the Kubernetes type does not have.</summary>
    public const string UnknownField = "JS2010";

    /// <summary>A key written twice in one mapping.</summary>
    public const string DuplicateKey = "JS2011";

    /// <summary>A value of the wrong type: a string where a number belongs, a mapping where a list belongs.</summary>
    public const string WrongType = "JS2012";

    /// <summary>A number too large or too small for its field.</summary>
    public const string OutOfRange = "JS2013";

    /// <summary>A value of the right type that cannot be read: a malformed quantity or timestamp.</summary>
    public const string InvalidValue = "JS2014";

    /// <summary>A YAML tag JobSharp does not read (anything but the standard <c>!!str</c>, <c>!!int</c>, ...).</summary>
    public const string UnsupportedTag = "JS2015";

    /// <summary>More than <see cref="LoadLimits.MaxErrors"/> errors: the rest of the stream is not read.</summary>
    public const string TooManyErrors = "JS2016";

    /// <summary>Aliases expand the values of the stream to more than <see cref="LoadLimits.MaxExpandedCharacters"/> characters.</summary>
    public const string TooMuchExpanded = "JS2017";
}
