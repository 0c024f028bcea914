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
print(os.listdir("."), os.mkdir("x"), os.listdir("."), os.listdir("/"))
for call in (lambda: os.remove("x"), lambda: os.chmod("x", 0o600)):
    try:
        call()
    except (OSError, NotImplementedError) as e:
        print(type(e).__name__, e)
try:
    os.path.getsize("nothing")
except FileNotFoundError as e:
    print(e)
print(repr(os.environ))
`, `/home/asobiba 42 2 /home/asobiba /usr/bin
True /home/asobiba/b True True
False 16
[] None ['x'] ['home', 'tmp']
IsADirectoryError [Errno 21] Is a directory: 'x'
NotImplementedError os.chmod is not supported in Asobiba yet
[Errno 2] No such file or directory: 'nothing'
environ({'HOME': '/home/asobiba', 'PATH': '/usr/bin'})
`)
}
