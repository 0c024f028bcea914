package engine

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestScriptDirShadowing checks which standard modules a program's own files replace. The
// oracle cannot show it: this machine's python3 imports random at start-up (a .pth file of its
// site-packages), so there a random.py beside the program is never read.
func TestScriptDirShadowing(t *testing.T) {
	dir := fstest.MapFS{
		"random.py":        {Data: []byte("def choice(seq):\n    return 'local'\n")},
		"sys.py":           {Data: []byte("raise AssertionError('sys.py must not be imported')\n")},
		"os.py":            {Data: []byte("raise AssertionError('os.py must not be imported')\n")},
		"util/__init__.py": {Data: []byte("from .text import shout\n")},
		"util/text.py":     {Data: []byte("def shout(s):\n    return s.upper() + '!'\n")},
	}
	src := `import random, sys, os, util, util.text
print(random.choice([1, 2]), random.__file__)
print(sys.path[0], util.shout("hi"), util.__file__, util.__path__, util.text.__file__)
print(os.sep)
`
	var out, errOut strings.Builder
	res := Run([]byte(src), Options{Filename: "/home/me/app/main.py", ScriptDir: dir}, func(e Event) {
		switch e.Kind {
		case "stdout":
			out.WriteString(e.Data)
		case "stderr":
			errOut.WriteString(e.Data)
		}
	})
	want := "local /home/me/app/random.py\n" +
		"/home/me/app HI! /home/me/app/util/__init__.py ['/home/me/app/util'] /home/me/app/util/text.py\n" +
		"/\n"
	if res.ExitStatus != 0 || out.String() != want {
		t.Errorf("exit status %d, stdout:\n%s\nwant:\n%s\nstderr:\n%s", res.ExitStatus, out.String(), want, errOut.String())
	}
}

// TestNoScriptDir checks that without a directory (the browser) nothing beside the program
// is importable and sys.path[0] stays as python3 -c leaves it.
func TestNoScriptDir(t *testing.T) {
	var out strings.Builder
	res := Run([]byte("import sys\nprint(repr(sys.path[0]))\nimport helper\n"), Options{}, func(e Event) {
		out.WriteString(e.Data)
	})
	if res.ExitStatus != 1 || !strings.Contains(out.String(), "''\n") ||
		!strings.Contains(out.String(), "ModuleNotFoundError: No module named 'helper'") {
		t.Errorf("exit status %d, output:\n%s", res.ExitStatus, out.String())
	}
}
