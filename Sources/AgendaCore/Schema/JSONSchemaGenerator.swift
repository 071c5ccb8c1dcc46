/// Turns `AgendaSchema` into a JSON Schema (draft 2020-12) that editors with the YAML language
/// server use to complete and check agendas as they are typed.
public enum JSONSchemaGenerator {
    /// The schema's `$id`, also the name editors show.
    public static let id = "https://agenda-planner.example/agenda.schema.json"

    /// The JSON Schema for agenda files (root files and included fragments alike).
    public static func schema(registry: ModuleRegistry) -> JSONValue {
        var definitions: [(String, JSONValue)] = []
        for spec in AgendaSchema.objects where spec.name != "file" {
            definitions.append((spec.name, object(spec, registry: registry)))
        }
        definitions.append(
            (
                "slug",
                .object([
                    ("type", .string("string")),
                    ("pattern", .string("^[a-z0-9][a-z0-9-]*$")), ("maxLength", .int(TextLength.maxID)),
                    ("description", .string("An id: lower-case letters, digits and '-'.")),
                ])
            ))
        var root = object(AgendaSchema.object("file"), registry: registry)
        guard case .object(var pairs) = root else { return root }
        pairs.insert(("$schema", .string("https://json-schema.org/draft/2020-12/schema")), at: 0)
        pairs.insert(("$id", .string(id)), at: 1)
        pairs.insert(("title", .string("Regional agenda")), at: 2)
        pairs.append(("$defs", .object(definitions)))
        root = .object(pairs)
        return root
    }

    static func object(_ spec: ObjectSpec, registry: ModuleRegistry) -> JSONValue {
        var properties: [(String, JSONValue)] = spec.fields.map { field in
            var schema = shape(field.shape)
            if case .object(var pairs) = schema {
                var text = field.summary
                if let value = field.defaultValue { text += " Default: \(value)." }
                pairs.append(("description", .string(text)))
                schema = .object(pairs)
            }
            return (field.name, schema)
        }
        if spec.allowsModuleBlocks {
            for module in registry.modules {
                let fields = spec.name == "action" ? module.actionFields : module.districtFields
                properties.append(
                    (
                        module.id,
                        .object([
                            ("type", .string("object")),
                            ("description", .string("Fields for the '\(module.id)' module (\(module.name)).")),
                            ("properties", .object(fields.map { ($0.name, moduleField($0)) })),
                            ("additionalProperties", .bool(false)),
                        ])
                    ))
            }
        }
        var pairs: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("description", .string(spec.summary)),
            ("properties", .object(properties)),
            ("additionalProperties", .bool(false)),
        ]
        let required = spec.fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        return .object(pairs)
    }

    static func moduleField(_ field: ModuleField) -> JSONValue {
        let base: [(String, JSONValue)]
        switch field.kind {
        case .count:
            base = [("type", .string("integer")), ("minimum", .int(0)), ("maximum", .int(NumberRange.maxCount))]
        case .amount:
            base = [("type", .string("number")), ("minimum", .int(0)), ("maximum", .double(NumberRange.maxMagnitude))]
        case .share: base = [("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(1))]
        case .flag: base = [("type", .string("boolean"))]
        case .text: base = [("type", .string("string")), ("maxLength", .int(TextLength.maxText))]
        case .word(let words): base = [("enum", .array(words.map(JSONValue.string)))]
        }
        return .object(base + [("description", .string(field.summary))])
    }

    static func shape(_ shape: ValueShape) -> JSONValue {
        switch shape {
        case .text, .name:
            let length = shape.isName ? TextLength.maxName : TextLength.maxText
            return .object([
                ("type", .array([.string("string"), .string("number"), .string("boolean")])),
                ("maxLength", .int(length)),
            ])
        case .slug, .reference:
            return .object([("$ref", .string("#/$defs/slug"))])
        case .integer(let minimum):
            return .object([
                ("type", .string("integer")), ("minimum", .int(minimum)), ("maximum", .int(NumberRange.maxCount)),
            ])
        case .euros:
            return .object([
                ("type", .string("integer")), ("minimum", .int(0)), ("maximum", .int(NumberRange.maxEuros)),
            ])
        case .year:
            return .object([("type", .string("integer")), ("minimum", .int(1000)), ("maximum", .int(9999))])
        case .date:
            return .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .number(let minimum, let maximum):
            var pairs: [(String, JSONValue)] = [("type", .string("number"))]
            if let minimum { pairs.append(("minimum", .double(minimum))) }
            if let maximum { pairs.append(("maximum", .double(maximum))) }
            return .object(pairs)
        case .share:
            return .object([("type", .string("number")), ("minimum", .int(0)), ("maximum", .int(1))])
        case .bool:
            return .object([("type", .string("boolean"))])
        case .oneOf(let words):
            return .object([("enum", .array(words.map(JSONValue.string)))])
        case .list(let element), .nonEmptyList(let element):
            var array: [(String, JSONValue)] = [("type", .string("array")), ("items", self.shape(element))]
            if case .nonEmptyList = shape { array.append(("minItems", .int(1))) }
            return .object([("anyOf", .array([.object(array), self.shape(element)]))])
        case .allOr(let element):
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([("const", .string("all"))]),
                        .object([("type", .string("array")), ("items", self.shape(element)), ("minItems", .int(1))]),
                    ])
                )
            ])
        case .map(let value):
            return .object([
                ("type", .string("object")),
                ("propertyNames", .object([("$ref", .string("#/$defs/slug"))])),
                ("additionalProperties", self.shape(value)),
            ])
        case .ruleMap(let value):
            return .object([
                ("type", .string("object")),
                ("propertyNames", .object([("pattern", .string("^[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$"))])),
                ("additionalProperties", self.shape(value)),
            ])
        case .yearMap(let value):
            return .object([
                ("type", .string("object")),
                ("propertyNames", .object([("pattern", .string("^[0-9]{4}$"))])),
                ("additionalProperties", self.shape(value)),
            ])
        case .object(let name):
            return .object([("$ref", .string("#/$defs/\(name)"))])
        case .period:
            return .object([
                (
                    "anyOf",
                    .array([
                        .object([("type", .string("string")), ("pattern", .string("^[0-9]{4}\\s*-\\s*[0-9]{4}$"))]),
                        .object([("type", .string("integer")), ("minimum", .int(1000)), ("maximum", .int(9999))]),
                        .object([("$ref", .string("#/$defs/period"))]),
                    ])
                )
            ])
        case .cost:
            return .object([
                (
                    "anyOf",
                    .array([
                        self.shape(.yearMap(.euros)),
                        .object([("$ref", .string("#/$defs/cost-per-year"))]),
                    ])
                )
            ])
        case .moduleFields:
            return .object([("type", .string("object"))])
        }
    }
}

extension ValueShape {
    fileprivate var isName: Bool { if case .name = self { return true } else { return false } }
}
