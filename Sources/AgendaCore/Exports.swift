// The agenda model is built from the rule API's vocabulary (diagnostics, YAML values, pillars,
// evidence levels), so users of AgendaCore see those types without a second import.
@_exported import AgendaRules
