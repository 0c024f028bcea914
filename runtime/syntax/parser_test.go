package syntax

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// TestUnsupported checks the errors for the features Asobiba leaves out,
// and that their soft keywords remain ordinary names.
func TestUnsupported(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"type X = int\n", "1:1: SyntaxError: 'type' statement is not supported in Asobiba"},
		{"type X[T] = list[T]\n", "1:1: SyntaxError: 'type' statement is not supported in Asobiba"},
		{"def f[T](x: T) -> T:\n    return x\n", "1:6: SyntaxError: generic type parameters are not supported in Asobiba"},
		{"async def f[T](): pass\n", "1:12: SyntaxError: generic type parameters are not supported in Asobiba"},
		{"class C[T]:\n    pass\n", "1:8: SyntaxError: generic type parameters are not supported in Asobiba"},
		{"match = 1\nmatch.x = 2\nmatch[0] = 3\nmatch(x)\nmatch: int = 1\nmatch, b = 1, 2\n", ""},
		{"type = 1\ntype(x)\ntype.x = 1\ntype: int\nprint(type, match)\n", ""},
		{"case = 1\n_ = 2\nmatch(lambda: 0)\n", ""},
		{"match x:\n    case 1:\n        pass\n", ""},
		{"match -x:\n    case _ if match:\n        case = 1\n", ""},
	} {
		_, _, err := ParseFile("f.py", []byte(tc.src))
		got := ""
		if err != nil {
			e := err.(*Error)
			got = e.Pos.String() + ": " + e.Kind + ": " + e.Msg
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}

// TestParseExpr checks the eval mode.
func TestParseExpr(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"1 + 2", "Expression(body=BinOp(left=Constant(value=1), op=Add(), right=Constant(value=2)))"},
		{"a, b", "Expression(body=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()))"},
		{"x\n\n", "Expression(body=Name(id='x', ctx=Load()))"},
		{"(1,\n2)", "Expression(body=Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load()))"},
		{"lambda: 0", "Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=Constant(value=0)))"},
	} {
		e, _, err := ParseExpr("<string>", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		if got := Dump(e); got != tc.want {
			t.Errorf("%q:\ngot  %s\nwant %s", tc.src, got, tc.want)
		}
	}
	for _, src := range []string{"x = 1", "1 2", "", "pass", "1\n2"} {
		if _, _, err := ParseExpr("<string>", []byte(src)); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}

// TestConstantValues checks the Go representation of constants.
func TestConstantValues(t *testing.T) {
	value := func(src string) any {
		e, _, err := ParseExpr("<string>", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		return e.Body.(*Constant).Value
	}
	if v, ok := value("9223372036854775807").(int64); !ok || v != 1<<63-1 {
		t.Errorf("max int64: %#v", v)
	}
	big1, _ := new(big.Int).SetString("9223372036854775808", 10)
	if v, ok := value("9223372036854775808").(*big.Int); !ok || v.Cmp(big1) != 0 {
		t.Errorf("big int: %#v", v)
	}
	if v := value("0x_ff"); v != int64(255) {
		t.Errorf("hex: %#v", v)
	}
	if v := value("1.5e3"); v != 1500.0 {
		t.Errorf("float: %#v", v)
	}
	if v := value("2j"); v != complex(0, 2) {
		t.Errorf("imaginary: %#v", v)
	}
	if v, ok := value("b'a\\x00'").([]byte); !ok || string(v) != "a\x00" {
		t.Errorf("bytes: %#v", v)
	}
	if v, ok := value("b''").([]byte); !ok || v == nil || len(v) != 0 {
		t.Errorf("empty bytes: %#v", v)
	}
	if v := value("'\\ud800'"); v != "\xed\xa0\x80" {
		t.Errorf("surrogate: %q", v)
	}
	if v := value("'日本' '語'"); v != "日本語" {
		t.Errorf("concatenation: %q", v)
	}
	if v := value("..."); v != (Ellipsis{}) {
		t.Errorf("ellipsis: %#v", v)
	}
	if v := value("None"); v != nil {
		t.Errorf("None: %#v", v)
	}
	if v := value("True"); v != true {
		t.Errorf("True: %#v", v)
	}
}

// TestErrorDetails checks the fields of Error and the recorded lines.
func TestErrorDetails(t *testing.T) {
	_, _, err := ParseFile("prog.py", []byte("x = 1\r\nprint(名前 年齢)\r\n"))
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v", err)
	}
	if e.Msg != "invalid syntax. Perhaps you forgot a comma?" || e.Pos != (Pos{2, 7}) || e.EndPos != (Pos{2, 12}) {
		t.Errorf("got %+v", e)
	}
	if e.Line != "print(名前 年齢)" {
		t.Errorf("line %q", e.Line)
	}
	if got := e.Error(); got != "prog.py:2:7: SyntaxError: invalid syntax. Perhaps you forgot a comma?" {
		t.Errorf("Error() = %q", got)
	}
	mod, warnings, err := ParseFile("w.py", []byte("\xef\xbb\xbfs = '\\d'\r\nt = 1if s else 2\r"))
	if err != nil {
		t.Fatal(err)
	}
	if len(mod.Lines) != 2 || mod.Lines[0] != "s = '\\d'" || mod.Lines[1] != "t = 1if s else 2" {
		t.Errorf("lines %q", mod.Lines)
	}
	var ws []string
	for _, w := range warnings {
		ws = append(ws, w.String())
	}
	want := "w.py:1: SyntaxWarning: invalid escape sequence '\\d'|w.py:2: SyntaxWarning: invalid decimal literal"
	if strings.Join(ws, "|") != want {
		t.Errorf("warnings %q", ws)
	}
}

// TestPositions checks some positions that CPython does not have, and the
// column convention for non-ASCII lines.
func TestPositions(t *testing.T) {
	mod, _, err := ParseFile("p.py", []byte("名前 = f(a) + b.c[1]\n"))
	if err != nil {
		t.Fatal(err)
	}
	assign := mod.Body[0].(*Assign)
	if got := assign.Targets[0].End(); got != (Pos{1, 3}) {
		t.Errorf("name end %v", got)
	}
	bin := assign.Value.(*BinOp)
	call := bin.Left.(*Call)
	if bin.OpPos != (Pos{1, 11}) || call.Lparen != (Pos{1, 7}) || call.Rparen != (Pos{1, 9}) {
		t.Errorf("op %v lparen %v rparen %v", bin.OpPos, call.Lparen, call.Rparen)
	}
	sub := bin.Right.(*Subscript)
	if sub.Lbrack != (Pos{1, 16}) || sub.Value.(*Attribute).AttrPos != (Pos{1, 15}) {
		t.Errorf("lbrack %v attr %v", sub.Lbrack, sub.Value.(*Attribute).AttrPos)
	}
}

// TestInspect checks that Inspect visits every node once.
func TestInspect(t *testing.T) {
	mod, _, err := ParseFile("i.py", []byte("def f(a, *b, c=1, **d):\n    return [x for x in a if x] + {k: v for k, v in d}\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Inspect(mod, func(n Node) bool {
		if n, ok := n.(*Name); ok {
			names = append(names, n.Id)
		}
		return true
	})
	if got := strings.Join(names, " "); got != "x x a x k v k v d" {
		t.Errorf("names %q", got)
	}
}

// TestTokenize checks the token API.
func TestTokenize(t *testing.T) {
	toks, _, err := Tokenize("t.py", []byte("if x:\n  y = f'{z!r}'\n"))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, tok := range toks {
		kinds = append(kinds, tok.Kind.String())
	}
	want := "if name : newline indent name = f-string start { name ! name } f-string end newline dedent end of file"
	if got := strings.Join(kinds, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, _, err := Tokenize("t.py", []byte("x = 'abc\n")); err == nil {
		t.Errorf("no error for an unterminated string")
	}
}

// TestWarningsOnce checks that parts parsed more than once (the
// parenthesized with items are tried first) warn once.
func TestWarningsOnce(t *testing.T) {
	for _, src := range []string{
		"with (open('\\d') as f):\n    pass\n",
		"with (open('\\d')) as f:\n    pass\n",
		"x = a + '\\d'\n",
	} {
		_, warnings, err := ParseFile("w.py", []byte(src))
		if err != nil || len(warnings) != 1 {
			t.Errorf("%q: %v %v", src, warnings, err)
		}
	}
}
