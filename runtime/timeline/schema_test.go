package timeline

// A tiny JSON Schema validator for the subset schema.json uses — type, enum, required,
// properties, additionalProperties, items, minimum, $ref into $defs — so that the encoder's
// output is checked against the published schema without a dependency. Any other keyword
// fails the test: the schema cannot silently rely on something this validator ignores.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// schemaValidator validates JSON values (decoded with UseNumber) against a schema.
type schemaValidator struct {
	root map[string]any
}

func loadSchema(t *testing.T) *schemaValidator {
	t.Helper()
	data, err := os.ReadFile("schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(data, &root); err != nil {
		t.Fatalf("schema.json: %v", err)
	}
	return &schemaValidator{root: root}
}

// decodeJSON decodes data keeping numbers as json.Number, so integers can be told from floats.
func decodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	err := dec.Decode(&v)
	return v, err
}

// validate returns the first violation of schema by v, found at path.
func (sv *schemaValidator) validate(schema map[string]any, v any, path string) error {
	for key := range schema {
		if !slices.Contains(schemaKeywords, key) {
			return fmt.Errorf("schema: keyword %q is not supported by the test validator", key)
		}
	}
	for _, key := range schemaKeywords {
		arg, ok := schema[key]
		if !ok {
			continue
		}
		switch key {
		case "$schema", "$id", "title", "description", "$defs":
		case "$ref":
			ref, _ := arg.(string)
			name, ok := strings.CutPrefix(ref, "#/$defs/")
			defs, _ := sv.root["$defs"].(map[string]any)
			target, _ := defs[name].(map[string]any)
			if !ok || target == nil {
				return fmt.Errorf("schema: unresolvable $ref %q", ref)
			}
			if err := sv.validate(target, v, path); err != nil {
				return err
			}
		case "type":
			if !hasType(v, arg.(string)) {
				return fmt.Errorf("%s: %v is not of type %s", path, v, arg)
			}
		case "enum":
			found := false
			for _, e := range arg.([]any) {
				if fmt.Sprint(e) == fmt.Sprint(v) {
					found = true
				}
			}
			if !found {
				return fmt.Errorf("%s: %v is not one of %v", path, v, arg)
			}
		case "minimum":
			n, ok := v.(json.Number)
			if !ok {
				continue
			}
			f, _ := n.Float64()
			if f < arg.(float64) {
				return fmt.Errorf("%s: %v is below the minimum %v", path, v, arg)
			}
		case "required":
			obj, ok := v.(map[string]any)
			if !ok {
				continue
			}
			for _, name := range arg.([]any) {
				if _, ok := obj[name.(string)]; !ok {
					return fmt.Errorf("%s: required field %q is missing", path, name)
				}
			}
		case "properties":
			obj, ok := v.(map[string]any)
			if !ok {
				continue
			}
			props := arg.(map[string]any)
			for _, name := range sortedKeys(obj) {
				if ps, ok := props[name].(map[string]any); ok {
					if err := sv.validate(ps, obj[name], path+"."+name); err != nil {
						return err
					}
				}
			}
		case "additionalProperties":
			obj, ok := v.(map[string]any)
			if !ok {
				continue
			}
			props, _ := schema["properties"].(map[string]any)
			for _, name := range sortedKeys(obj) {
				if _, known := props[name]; known {
					continue
				}
				switch a := arg.(type) {
				case bool:
					if !a {
						return fmt.Errorf("%s: unexpected field %q", path, name)
					}
				case map[string]any:
					if err := sv.validate(a, obj[name], path+"."+name); err != nil {
						return err
					}
				}
			}
		case "items":
			arr, ok := v.([]any)
			if !ok {
				continue
			}
			for i, e := range arr {
				if err := sv.validate(arg.(map[string]any), e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// schemaKeywords are the keywords the validator knows, in the order it checks them.
var schemaKeywords = []string{"$schema", "$id", "title", "description", "$defs", "$ref", "type", "enum", "minimum",
	"required", "properties", "additionalProperties", "items"}

func hasType(v any, typ string) bool {
	switch typ {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(json.Number)
		return ok
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		_, err := n.Int64()
		return err == nil
	}
	return false
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// TestSchemaValidatesEncoderOutput checks every scenario's JSON against schema.json.
func TestSchemaValidatesEncoderOutput(t *testing.T) {
	sv := loadSchema(t)
	for _, sc := range scenarios {
		data, err := encodeBytes(sc.sample())
		if err != nil {
			t.Fatal(err)
		}
		v, err := decodeJSON(data)
		if err != nil {
			t.Fatalf("%s: the encoder wrote invalid JSON: %v", sc.name, err)
		}
		if err := sv.validate(sv.root, v, "$"); err != nil {
			t.Errorf("%s: %v", sc.name, err)
		}
	}
}

// TestSchemaRejects makes sure the validator (and the schema) can fail: each document
// breaks one rule.
func TestSchemaRejects(t *testing.T) {
	sv := loadSchema(t)
	good, err := encodeBytes(createTask().Finish())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ from, to, want string }{
		{`"version":1`, `"version":2`, "not one of"},
		{`"version":1`, `"version":1.5`, "not of type integer"},
		{`"kind":"waiting"`, `"kind":"sleeping"`, "not one of"},
		{`"parent":-1`, `"parent":-2`, "below the minimum"},
		{`,"coro":"main"`, `,"coro":"main","color":"red"`, `unexpected field "color"`},
		{`"lane":2,"kind":"done"`, `"kind":"done"`, `required field "lane"`},
		{`"t":0.5,"seq":27`, `"t":"0.5","seq":27`, "not of type number"},
		{`"stream":"stdout"`, `"stream":"stdlog"`, "not one of"},
	} {
		bad := bytes.Replace(good, []byte(c.from), []byte(c.to), 1)
		if bytes.Equal(bad, good) {
			t.Fatalf("%q does not occur in the document", c.from)
		}
		v, err := decodeJSON(bad)
		if err != nil {
			t.Fatal(err)
		}
		if err := sv.validate(sv.root, v, "$"); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s -> %s: got %v, want an error containing %q", c.from, c.to, err, c.want)
		}
	}
}

// TestSchemaMatchesModel checks that schema.json describes exactly the fields of the Go types:
// every JSON field of a struct is a property of its definition, required unless omitempty.
func TestSchemaMatchesModel(t *testing.T) {
	sv := loadSchema(t)
	defs := sv.root["$defs"].(map[string]any)
	for _, c := range []struct {
		typ    reflect.Type
		schema map[string]any
	}{
		{reflect.TypeFor[Timeline](), sv.root},
		{reflect.TypeFor[Stamp](), defs["stamp"].(map[string]any)},
		{reflect.TypeFor[Lane](), defs["lane"].(map[string]any)},
		{reflect.TypeFor[Span](), defs["span"].(map[string]any)},
		{reflect.TypeFor[Instant](), defs["instant"].(map[string]any)},
		{reflect.TypeFor[Link](), defs["link"].(map[string]any)},
	} {
		var fields, required []string
		for f := range c.typ.Fields() {
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			fields = append(fields, name)
			if opts != "omitempty" {
				required = append(required, name)
			}
		}
		props := sortedKeys(c.schema["properties"].(map[string]any))
		var req []string
		for _, r := range c.schema["required"].([]any) {
			req = append(req, r.(string))
		}
		slices.Sort(fields)
		slices.Sort(required)
		slices.Sort(req)
		if !slices.Equal(fields, props) {
			t.Errorf("%s: Go fields %v, schema properties %v", c.typ.Name(), fields, props)
		}
		if !slices.Equal(required, req) {
			t.Errorf("%s: Go required fields %v, schema required %v", c.typ.Name(), required, req)
		}
	}
	if v := sv.root["properties"].(map[string]any)["version"].(map[string]any)["enum"].([]any); len(v) != 1 || v[0] != float64(SchemaVersion) {
		t.Errorf("schema.json allows versions %v; SchemaVersion is %d", v, SchemaVersion)
	}
}
