// Package tbfmt formats traceback entries, stacks and the last line of an exception as
// CPython's traceback module does (whole exceptions with their chains are formatted by the
// interpreter's own printer, vm.Thread.FormatExceptionLimit).
//
// Output follows CPython 3.12: one "  File ..., line N, in name" entry per frame followed by
// the stripped source line when the interpreter knows the file and the caret line under the
// failing expression (~~~^^^, vm.Traceback.CaretLine), runs of more than three identical
// entries collapsed into "[Previous line repeated N more times]", SyntaxError's caret
// display, and __notes__ after the message.
package tbfmt

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Entry is one frame of a traceback or stack.
type Entry struct {
	Filename string
	Line     int
	Name     string
	// tb is the traceback entry it comes from, which places the caret line; nil for a
	// stack's frames.
	tb *vm.Traceback
}

// Entries lists the entries of a traceback chain, outermost first.
func Entries(tb *vm.Traceback) []Entry {
	var out []Entry
	for ; tb != nil; tb = tb.Next {
		out = append(out, Entry{Filename: tb.Filename, Line: tb.Line, Name: tb.Name, tb: tb})
	}
	return out
}

// sameFrameLine reports whether two entries count as a repetition: same file, line and name.
func sameFrameLine(a, b Entry) bool {
	return a.Filename == b.Filename && a.Line == b.Line && a.Name == b.Name
}

// FormatTraceback formats the entries of tb selected by limit (see Limit), as
// traceback.format_tb does.
func FormatTraceback(th *vm.Thread, tb *vm.Traceback, limit int) []string {
	return FormatEntries(th, Limit(Entries(tb), limit))
}

// Limit applies a traceback's limit argument to its entries (outermost first): n >= 0 keeps
// the n outermost, a negative n the -n innermost, vm.NoLimit all of them.
func Limit(entries []Entry, limit int) []Entry {
	switch {
	case limit == vm.NoLimit:
	case limit >= 0 && limit < len(entries):
		return entries[:limit]
	case limit < 0 && -limit < len(entries):
		return entries[len(entries)+limit:]
	}
	return entries
}

// FormatEntries formats stack entries, collapsing repetitions as CPython does.
func FormatEntries(th *vm.Thread, entries []Entry) []string {
	var out []string
	var last Entry
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			s := "s"
			if n == 1 {
				s = ""
			}
			out = append(out, msgfmt.Sprintf("  [Previous line repeated %d more time%s]\n", n, s))
		}
	}
	for i, e := range entries {
		if i > 0 && sameFrameLine(e, last) {
			count++
			if count > 3 {
				continue
			}
		} else {
			flush()
			last, count = e, 1
		}
		out = append(out, FormatEntry(th, e))
	}
	flush()
	return out
}

// FormatEntry formats one entry: the File line and, when known, the source line.
func FormatEntry(th *vm.Thread, e Entry) string {
	s := msgfmt.Sprintf("  File \"%s\", line %d, in %s\n", e.Filename, e.Line, e.Name)
	if line := SourceLine(th, e.Filename, e.Line); line != "" {
		s += "    " + line + "\n"
		if e.tb != nil {
			if carets := e.tb.CaretLine(th.SourceLines(e.Filename)[e.Line-1]); carets != "" {
				s += "    " + carets + "\n"
			}
		}
	}
	return s
}

// SourceLine returns line n (1-based) of a file the interpreter compiled, stripped of
// surrounding whitespace, or "".
func SourceLine(th *vm.Thread, filename string, n int) string {
	if th == nil {
		return ""
	}
	lines := th.SourceLines(filename)
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// TypeName returns the name traceback shows for an exception class: "ValueError", or
// "module.QualName" outside builtins and __main__.
func TypeName(t *vm.Type) string {
	name := t.QualName
	if name == "" {
		name = t.Name
	}
	if mod := t.Module; mod != "" && mod != "builtins" && mod != "__main__" {
		return mod + "." + name
	}
	return name
}

// FormatExceptionOnly returns traceback.format_exception_only(exc): "Type: message\n",
// preceded by the source display of a SyntaxError and followed by any __notes__.
func FormatExceptionOnly(th *vm.Thread, e *vm.Exception) []string {
	name := TypeName(e.Class)
	var out []string
	msg, err := vm.ToStr(th, e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if e.Class.IsSubtype(vm.SyntaxErrorType) {
		out = append(out, syntaxErrorLines(th, e, &msg)...)
	}
	if msg == "" {
		out = append(out, name+"\n")
	} else {
		out = append(out, name+": "+msg+"\n")
	}
	if e.Dict != nil {
		if notes, ok := e.Dict.GetStr("__notes__"); ok {
			items, err := vm.Collect(th, notes)
			if err == nil {
				for _, n := range items {
					s, err := vm.ToStr(th, n)
					if err != nil {
						s = "<note str() failed>"
					}
					out = append(out, s+"\n")
				}
			}
		}
	}
	return out
}

// syntaxErrorLines returns the "  File ..., line N" display of a SyntaxError with the
// offending line and a caret, and replaces *msg with the bare message.
func syntaxErrorLines(th *vm.Thread, e *vm.Exception, msg *string) []string {
	attr := func(name string) vm.Value {
		if e.Dict == nil {
			return nil
		}
		v, _ := e.Dict.GetStr(name)
		return v
	}
	if m, ok := attr("msg").(vm.Str); ok {
		*msg = string(m)
	}
	filename, _ := attr("filename").(vm.Str)
	lineno, hasLine := attr("lineno").(vm.Int)
	var out []string
	if filename != "" || hasLine {
		if filename == "" {
			filename = "<string>"
		}
		out = append(out, msgfmt.Sprintf("  File \"%s\", line %d\n", string(filename), int64(lineno)))
	}
	text, ok := attr("text").(vm.Str)
	if !ok {
		return out
	}
	line := strings.TrimRight(string(text), "\n\r")
	stripped := strings.TrimLeft(line, " \t\f")
	indent := len([]rune(line)) - len([]rune(stripped))
	out = append(out, "    "+stripped+"\n")
	offset, ok := attr("offset").(vm.Int)
	if !ok || offset < 1 {
		return out
	}
	end, hasEnd := attr("end_offset").(vm.Int)
	endLine, _ := attr("end_lineno").(vm.Int)
	col := int(offset) - 1 - indent
	width := 1
	if hasEnd && (endLine == 0 || endLine == lineno) && int(end) > int(offset) {
		width = int(end) - int(offset)
	}
	col = max(col, 0)
	out = append(out, "    "+strings.Repeat(" ", col)+strings.Repeat("^", width)+"\n")
	return out
}
