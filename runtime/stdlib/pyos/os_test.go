package pyos_test

import (
	"testing"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/testrun"
)

// TestSandbox checks the fixed facts of Asobiba's os module.
func TestSandbox(t *testing.T) {
	testrun.Expect(t, `
import os, os.path, posixpath
print(os.getcwd(), os.getpid(), os.cpu_count(), os.environ["HOME"], os.getenv("PATH"))
print(os.path is posixpath, os.path.abspath("a/../b"), os.path.exists("/"), os.path.isdir(os.getcwd()))
print(os.urandom(4) == os.urandom(4), len(os.urandom(16)))
for call in (lambda: os.listdir("."), lambda: os.mkdir("x"), lambda: os.remove("x")):
    try:
        call()
    except NotImplementedError as e:
        print(e)
try:
    os.path.getsize("nothing")
except FileNotFoundError as e:
    print(e)
print(repr(os.environ))
`, `/home/asobiba 42 2 /home/asobiba /usr/bin
True /home/asobiba/b False False
False 16
os.listdir is not supported in Asobiba yet
os.mkdir is not supported in Asobiba yet
os.remove is not supported in Asobiba yet
[Errno 2] No such file or directory: 'nothing'
environ({'HOME': '/home/asobiba', 'PATH': '/usr/bin'})
`)
}
