/// A mapping whose keys were checked against an `ObjectSpec`: unknown keys and missing required
/// keys are already reported, and the known values can be read by name.
struct Fields {
    let spec: ObjectSpec
    let location: SourceLocation
    private let values: [String: YAMLValue]
    private let keyLocations: [String: SourceLocation]
    /// Blocks keyed by a domain id (`welfare: {...}`), for that domain's module.
    let moduleBlocks: [ModuleFields]

    init(
        spec: ObjectSpec, location: SourceLocation, values: [String: YAMLValue],
        keyLocations: [String: SourceLocation], moduleBlocks: [ModuleFields]
    ) {
        self.spec = spec
        self.location = location
        self.values = values
        self.keyLocations = keyLocations
        self.moduleBlocks = moduleBlocks
    }

    subscript(name: String) -> YAMLValue? {
        assert(spec.field(name) != nil, "field \(name) is not in the spec of \(spec.name)")
        return values[name]
    }

    func keyLocation(_ name: String) -> SourceLocation? { keyLocations[name] }
    func has(_ name: String) -> Bool { values[name] != nil }
}
