package pyos

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/vm"
)

// The expected values were printed by CPython 3.12's posixpath.
func TestPathFunctions(t *testing.T) {
	for p, want := range map[string]string{"": ".", "/": "/", "//": "//", "///": "/", "a//b": "a/b",
		"./a/../b": "b", "../..": "../..", "/../a": "/a", "//a/./b/../c": "//a/c", "a/../..": "..", "a/./b/": "a/b"} {
		if got := normpath(p); got != want {
			t.Errorf("normpath(%q) = %q; want %q", p, got, want)
		}
	}
	for p, want := range map[string][2]string{"a.b.c": {"a.b", ".c"}, ".bashrc": {".bashrc", ""},
		"...": {"...", ""}, "a..": {"a.", "."}, "/a.b/c": {"/a.b/c", ""}, "a/b.tar.gz": {"a/b.tar", ".gz"}} {
		if r, e := splitext(p); r != want[0] || e != want[1] {
			t.Errorf("splitext(%q) = %q, %q; want %q", p, r, e, want)
		}
	}
	for p, want := range map[string][2]string{"/": {"/", ""}, "//": {"//", ""}, "a/": {"a", ""},
		"/a/b/": {"/a/b", ""}, "a//b": {"a", "b"}, "x": {"", "x"}} {
		if h, tl := split(p); h != want[0] || tl != want[1] {
			t.Errorf("split(%q) = %q, %q; want %q", p, h, tl, want)
		}
	}
	if got := join([]string{"a", "b", "/c", "d/", "e"}); got != "/c/d/e" {
		t.Errorf("join = %q", got)
	}
	if got := relpath("/a/b/c", "/a/d"); got != "../b/c" {
		t.Errorf("relpath = %q", got)
	}
	if got, err := commonpath([]string{"/a/b/c", "/a/b/d"}); got != "/a/b" || err != nil {
		t.Errorf("commonpath = %q, %v", got, err)
	}
	if _, err := commonpath([]string{"/a", "b"}); err == nil {
		t.Errorf("commonpath of absolute and relative paths: no error")
	}
	if got := commonprefix([]string{"héllo", "hêllo"}); got != "h" {
		t.Errorf("commonprefix cut a character: %q", got)
	}
	if got := abspath("x/../y"); got != Cwd+"/y" {
		t.Errorf("abspath = %q", got)
	}
}

func TestExpand(t *testing.T) {
	env := vm.NewDict()
	env.SetStr("HOME", vm.Str("/home/me/"))
	env.SetStr("A", vm.Str("1"))
	for in, want := range map[string]string{"~": "/home/me", "~/x": "/home/me/x", "~bob/x": "~bob/x", "a~": "a~"} {
		if got := expandUser(in, env); got != want {
			t.Errorf("expanduser(%q) = %q; want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"$A-${A}": "1-1", "$B ${B} ${A": "$B ${B} ${A", "$": "$", "x$A$A": "x11"} {
		if got := expandVars(in, env); got != want {
			t.Errorf("expandvars(%q) = %q; want %q", in, got, want)
		}
	}
}
