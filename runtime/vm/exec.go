package vm

// Running source code: the API the engine calls (RunMain), the compile step every module
// goes through (parse, compile, remember the source for tracebacks, report SyntaxWarnings),
// and the exec, eval and compile builtins.

import (
	"bytes"
	"io"
	"strings"
	"sync"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// RunMain compiles src as the __main__ module and runs it on th.
//
// It returns nil when the module body completes. Otherwise the error is either the
// uncaught *Exception — including SystemExit, which the engine turns into an exit status,
// and a SyntaxError (without traceback) when the source does not compile — or a *Stopped
// when the step budget ran out or Cancel asked to stop. Print an exception with
// PrintException. Coroutines never awaited are not reported here: the engine calls
// ReportUnawaitedCoroutines when the program ends.
func RunMain(th *Thread, filename string, src []byte) error {
	th.init()
	ip := th.Interp
	if ip.Modules == nil {
		ip.Modules = NewDict()
	}
	if ip.Builtins == nil {
		ip.Builtins = NewDict()
	}
	m := NewModule("__main__")
	d := m.Dict
	d.SetStr("__package__", None)
	d.SetStr("__loader__", None)
	d.SetStr("__spec__", None)
	d.SetStr("__annotations__", NewDict())
	if bm, ok := ip.Modules.GetStr("builtins"); ok {
		d.SetStr("__builtins__", bm)
	} else {
		d.SetStr("__builtins__", ip.Builtins)
	}
	d.SetStr("__file__", Str(filename))
	d.SetStr("__cached__", None)
	ip.Main = m
	ip.Modules.SetStr("__main__", m)
	code, err := th.CompileModule(filename, src)
	if err != nil {
		return err
	}
	_, err = th.ExecCode(code, d, d)
	return err
}

// CompileModule parses and compiles a module's source. Its lines are remembered for
// tracebacks and its SyntaxWarnings written to stderr; a syntax error comes back as a
// SyntaxError exception.
func (th *Thread) CompileModule(filename string, src []byte) (*Code, error) {
	return th.Compile(src, filename, "exec")
}

// Compile compiles source in one of the modes of the compile builtin: "exec" (a module),
// "eval" (an expression) or "single" (an interactive statement).
func (th *Thread) Compile(src []byte, filename, mode string) (*Code, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, Errorf(SyntaxErrorType, "source code string cannot contain null bytes")
	}
	if !(strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">")) {
		// Like linecache, tracebacks show no lines for "<string>" and other pseudo-files.
		th.RegisterSource(filename, src)
	}
	var cc *compile.Code
	var warnings []syntax.Warning
	var err error
	stdlib := false
	switch mode {
	case "exec", "single":
		if mode == "exec" && strings.HasPrefix(filename, stdlibPrefix) {
			cc, warnings, err = compileStdlib(filename, src)
			stdlib = true
			break
		}
		cc, warnings, err = compileModule(filename, src, mode)
	case "eval":
		var expr *syntax.Expression
		expr, warnings, err = syntax.ParseExpr(filename, src)
		if err == nil {
			cc, err = compile.CompileExpression(expr, filename)
		}
	default:
		return nil, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	th.showWarnings(warnings)
	if err != nil {
		return nil, syntaxErrorFrom(err)
	}
	var code *Code
	if stdlib {
		// The standard library's compiled code is shared by the runs of the process, and
		// so may be its code objects.
		code = th.Interp.Codes.code(cc)
	} else {
		code = NewCode(cc)
	}
	th.init()
	code.setSource(th.exec.shared.sources[filename])
	return code, nil
}

// compileModule parses and compiles a module ("exec") or an interactive statement
// ("single").
func compileModule(filename string, src []byte, mode string) (*compile.Code, []syntax.Warning, error) {
	mod, warnings, err := syntax.ParseFile(filename, src)
	if err != nil {
		return nil, warnings, err
	}
	m := compile.Exec
	if mode == "single" {
		m = compile.Single
	}
	cc, err := compile.Compile(mod, filename, m)
	if err == nil {
		warnings = append(warnings, compile.Lint(mod, filename)...)
	}
	return cc, warnings, err
}

// stdlibPrefix starts the file names of the standard library's Python modules.
const stdlibPrefix = "<stdlib>/"

// stdlibCache keeps the compiler's output for standard-library modules across the runs of a
// process (the browser's worker runs many programs; every one imports asyncio's thirty-odd
// modules). Compiled code is plain data that no run changes, so runs can share it; a run
// wraps it in a *Code of its own, or in one an earlier run made (Interp.Codes, see
// CodeCache). An entry is used only for the very same source.
var stdlibCache sync.Map // filename -> *stdlibEntry

type stdlibEntry struct {
	src      string
	code     *compile.Code
	warnings []syntax.Warning
	deferred bool // the code was found without the source (compileDeferred)
}

func compileStdlib(filename string, src []byte) (*compile.Code, []syntax.Warning, error) {
	if e, ok := stdlibCache.Load(filename); ok {
		if e := e.(*stdlibEntry); e.src == string(src) && !e.deferred {
			return e.code, e.warnings, nil
		}
	}
	if cc, ok := precompiledStdlib(filename, src); ok {
		stdlibCache.Store(filename, &stdlibEntry{src: string(src), code: cc})
		return cc, nil, nil
	}
	cc, warnings, err := compileModule(filename, src, "exec")
	if err == nil {
		stdlibCache.Store(filename, &stdlibEntry{src: string(src), code: cc, warnings: warnings})
	}
	return cc, warnings, err
}

// showWarnings writes the compile-time SyntaxWarnings as the warnings module shows them.
// (DeprecationWarnings, such as invalid escape sequences, are ignored by default in CPython
// 3.11 and are not shown.)
func (th *Thread) showWarnings(ws []syntax.Warning) {
	if th.Interp.Stderr == nil {
		return
	}
	for _, w := range ws {
		if w.Category != "SyntaxWarning" {
			continue
		}
		s := msgfmt.Sprintf("%s:%d: %s: %s\n", w.Filename, w.Pos.Line, w.Category, w.Msg)
		if line := sourceLine(th.SourceLines(w.Filename), int(w.Pos.Line)); line != "" {
			s += "  " + line + "\n"
		}
		_, _ = io.WriteString(th.Interp.Stderr, s)
	}
}

// syntaxErrorFrom converts the parser's or compiler's error into a SyntaxError exception
// (IndentationError, TabError) with CPython's attributes.
func syntaxErrorFrom(err error) error {
	var se *syntax.Error
	switch e := err.(type) {
	case *syntax.Error:
		se = e
	case syntax.ErrorList:
		if len(e) > 0 {
			se = e[0]
		}
	}
	if se == nil {
		return Errorf(SystemErrorType, "compile: %v", err)
	}
	cls := SyntaxErrorType
	switch se.Kind {
	case syntax.IndentationErrorKind:
		cls = IndentationErrorType
	case syntax.TabErrorKind:
		cls = TabErrorType
	}
	var text Value = None
	if se.Line != "" || se.Pos.Line > 0 {
		text = Str(se.Line + "\n")
	}
	var endLine, endCol Value = None, None
	if se.EndPos.Line > 0 {
		endLine, endCol = Int(se.EndPos.Line), Int(se.EndPos.Col)
	}
	detail := Tuple{Str(se.Filename), Int(se.Pos.Line), Int(se.Pos.Col), text, endLine, endCol}
	exc := NewException(cls, Str(se.Msg), detail)
	setExcField(exc, "msg", Str(se.Msg))
	setExcField(exc, "filename", Str(se.Filename))
	setExcField(exc, "lineno", Int(se.Pos.Line))
	setExcField(exc, "offset", Int(se.Pos.Col))
	setExcField(exc, "text", text)
	setExcField(exc, "end_lineno", endLine)
	setExcField(exc, "end_offset", endCol)
	setExcField(exc, "print_file_and_line", None)
	return exc
}

// builtinsFor returns the builtins namespace for code running with globals: its
// __builtins__ (a dict or the builtins module), else the interpreter's.
func (th *Thread) builtinsFor(globals *Dict) *Dict {
	if b, ok := globals.GetStr("__builtins__"); ok {
		switch x := b.(type) {
		case *Dict:
			return x
		case *Module:
			return x.Dict
		}
	}
	if th.Interp.Builtins == nil {
		th.Interp.Builtins = NewDict()
	}
	return th.Interp.Builtins
}

// ExecCode runs a module-level code object (a module body, exec or eval code) with the given
// globals and locals (locals nil means globals) and returns its value.
func (th *Thread) ExecCode(code *Code, globals *Dict, locals Value) (Value, error) {
	if !th.exec.initialized {
		th.init()
	}
	if len(code.FreeVars) > 0 {
		return nil, Errorf(TypeErrorType, "code object passed to exec() may not contain free variables")
	}
	if th.exec.depth >= th.recursionLimit() {
		return nil, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if locals == nil {
		locals = globals
	}
	f := th.newFrame(code, globals, th.builtinsFor(globals), code.kind == kindPlain)
	if code.Flags&compile.FlagOptimized == 0 {
		f.Locals = locals
	}
	for i := range code.CellVars {
		f.cells[i] = &Cell{}
	}
	if err := th.enterGo(); err != nil {
		th.release(f)
		return nil, err
	}
	th.pushFrame(f)
	res, err := th.run(f, nil)
	th.popFrame(f)
	th.exec.goDepth--
	th.release(f)
	return res, err
}

// The exec, eval and compile builtins.
var ExecBuiltin, EvalBuiltin, CompileBuiltin *Builtin

func init() {
	ExecBuiltin = NewBuiltin("builtins", "exec", builtinExec)
	EvalBuiltin = NewBuiltin("builtins", "eval", builtinEval)
	CompileBuiltin = NewBuiltin("builtins", "compile", builtinCompile)
	RegisterBuiltin("exec", ExecBuiltin)
	RegisterBuiltin("eval", EvalBuiltin)
	RegisterBuiltin("compile", CompileBuiltin)
}

// sourceArg extracts the text of a source argument (str or bytes).
func sourceArg(v Value) ([]byte, bool) {
	switch s := v.(type) {
	case Str:
		return []byte(s), true
	case Bytes:
		return []byte(s), true
	}
	if s, ok := strSelf(v); ok {
		return []byte(s), true
	}
	return nil, false
}

// namespaces resolves the globals and locals arguments of exec and eval.
func (th *Thread) namespaces(fname string, g, l Value) (*Dict, Value, error) {
	if g == nil {
		g = None
	}
	if l == nil {
		l = None
	}
	var globals *Dict
	if g != None {
		d, ok := g.(*Dict)
		if !ok {
			if fname == "exec" {
				return nil, nil, Errorf(TypeErrorType, "exec() globals must be a dict, not %s", typeName(g))
			}
			if LookupSpecial(g, "__getitem__") != nil {
				return nil, nil, Errorf(TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, nil, Errorf(TypeErrorType, "globals must be a dict")
		}
		globals = d
	}
	if l != None && LookupSpecial(l, "__getitem__") == nil {
		if fname == "exec" {
			return nil, nil, Errorf(TypeErrorType, "locals must be a mapping or None, not %s", typeName(l))
		}
		return nil, nil, Errorf(TypeErrorType, "locals must be a mapping")
	}
	var locals Value
	if l != None {
		locals = l
	}
	if globals == nil {
		f := th.CurrentFrame()
		if f == nil {
			return nil, nil, Errorf(SystemErrorType, "%s(): no current frame", fname)
		}
		globals = f.Globals
		if locals == nil {
			locals = f.LocalsDict()
		}
	}
	if locals == nil {
		locals = globals
	}
	if _, ok := globals.GetStr("__builtins__"); !ok {
		b := th.Interp.Builtins
		if f := th.CurrentFrame(); f != nil && f.Builtins != nil {
			b = f.Builtins
		}
		globals.SetStr("__builtins__", b)
	}
	return globals, locals, nil
}

func builtinExec(th *Thread, args []Value, kwnames []string) (Value, error) {
	spec := argSpec{fname: "exec", names: []string{"source", "globals", "locals", "closure"}, posOnly: 3, kwOnly: 3, required: 1}
	a, err := spec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	globals, locals, err := th.namespaces("exec", a[1], a[2])
	if err != nil {
		return nil, err
	}
	code, ok := a[0].(*Code)
	if !ok {
		src, ok := sourceArg(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "exec() arg 1 must be a string, bytes or code object")
		}
		if code, err = th.Compile(src, "<string>", "exec"); err != nil {
			return nil, err
		}
	}
	if _, err := th.ExecCode(code, globals, locals); err != nil {
		return nil, err
	}
	return None, nil
}

func builtinEval(th *Thread, args []Value, kwnames []string) (Value, error) {
	spec := argSpec{fname: "eval", names: []string{"source", "globals", "locals"}, posOnly: 3, kwOnly: 3, required: 1}
	a, err := spec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	globals, locals, err := th.namespaces("eval", a[1], a[2])
	if err != nil {
		return nil, err
	}
	code, ok := a[0].(*Code)
	if !ok {
		src, ok := sourceArg(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "eval() arg 1 must be a string, bytes or code object")
		}
		src = bytes.TrimLeft(src, " \t")
		if code, err = th.Compile(src, "<string>", "eval"); err != nil {
			return nil, err
		}
	}
	return th.ExecCode(code, globals, locals)
}

func builtinCompile(th *Thread, args []Value, kwnames []string) (Value, error) {
	spec := argSpec{fname: "compile", names: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, kwOnly: 6, required: 3}
	a, err := spec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	if c, ok := a[0].(*Code); ok {
		return c, nil
	}
	src, ok := sourceArg(a[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	filename, ok := a[1].(Str)
	if !ok {
		if b, isBytes := a[1].(Bytes); isBytes {
			filename = Str(b)
		} else {
			return nil, Errorf(TypeErrorType, "compile() argument 'filename' must be str, not %s", typeName(a[1]))
		}
	}
	mode, ok := a[2].(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'mode' must be str, not %s", typeName(a[2]))
	}
	if mode != "exec" && mode != "eval" && mode != "single" {
		return nil, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if mode == "eval" {
		src = bytes.TrimLeft(src, " \t")
	}
	if flags, ok := a[3].(Int); ok && flags&0x400 != 0 {
		return nil, Errorf(NotImplementedErrorType, "compile() to an AST is not supported")
	}
	return th.Compile(src, strings.Clone(string(filename)), string(mode))
}
