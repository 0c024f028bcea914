// Package vfs is Asobiba's file system: a tree of folders and files kept in memory, one per
// run, that starts with /, /home, /home/asobiba (the working folder) and /tmp, all empty. A
// program can create, read, rename and delete files in it with open() and the os functions,
// and sees its own files only. The Python module _vfs gives the file objects of builtins.open
// (module _fileio, written in Python) their primitives; package pyos uses FS directly.
//
// A file's content is a bytearray shared by every open file object on it, so a write is seen
// at once by the next read, as if every write were flushed.
package vfs

import (
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/asobiba/asobiba/runtime/vm"
)

// Cwd is the working folder, relative paths are resolved against it.
const Cwd = "/home/asobiba"

// Errno values of the errors the file system raises.
const (
	ENOENT    = 2
	EEXIST    = 17
	ENOTDIR   = 20
	EISDIR    = 21
	EINVAL    = 22
	ENOTEMPTY = 39
)

var strerror = map[int]string{
	ENOENT: "No such file or directory", EEXIST: "File exists", ENOTDIR: "Not a directory",
	EISDIR: "Is a directory", EINVAL: "Invalid argument", ENOTEMPTY: "Directory not empty",
}

// node is a folder (data nil) or a file.
type node struct {
	data *vm.ByteArray
}

func (n *node) isDir() bool { return n.data == nil }

// FS is the file system of one run.
type FS struct {
	mu    sync.Mutex
	nodes map[string]*node
}

type stateKey struct{}

// Of returns the file system of an interpreter, made on first use.
func Of(in *vm.Interp) *FS {
	if in.Ext == nil {
		in.Ext = map[any]any{}
	}
	if fs, ok := in.Ext[stateKey{}].(*FS); ok {
		return fs
	}
	fs := &FS{nodes: map[string]*node{}}
	for _, d := range []string{"/", "/home", Cwd, "/tmp"} {
		fs.nodes[d] = &node{}
	}
	in.Ext[stateKey{}] = fs
	return fs
}

// Error is an OSError to raise: errno, and the path it is about.
type Error struct {
	Errno int
	Path  string
}

// Raise returns the Python exception for e (FileNotFoundError and the like: OSError picks
// the subclass from the errno).
func (e *Error) Raise(th *vm.Thread, filename vm.Value) error {
	switch filename.(type) {
	case vm.Str, vm.Bytes:
	default: // nil, or an os.PathLike: CPython reports the path as a str
		filename = vm.Str(e.Path)
	}
	exc, err := vm.Call(th, vm.OSErrorType, []vm.Value{vm.Int(int64(e.Errno)), vm.Str(strerror[e.Errno]), filename}, nil)
	if err != nil {
		return err
	}
	if x, ok := exc.(*vm.Exception); ok {
		return x
	}
	return vm.Errorf(vm.OSErrorType, "%s", strerror[e.Errno])
}

// Abs resolves p against the working folder and cleans it.
func Abs(p string) string {
	if !strings.HasPrefix(p, "/") {
		p = Cwd + "/" + p
	}
	return path.Clean(p)
}

// parentOK checks that the folder holding p exists.
func (fs *FS) parentOK(p string) *Error {
	parent, ok := fs.nodes[path.Dir(p)]
	if !ok {
		return &Error{ENOENT, p}
	}
	if !parent.isDir() {
		return &Error{ENOTDIR, p}
	}
	return nil
}

// Kind reports "dir", "file" or "" (no such path).
func (fs *FS) Kind(p string) string {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	switch {
	case !ok:
		return ""
	case n.isDir():
		return "dir"
	}
	return "file"
}

// Size is the length of a file (0 for a folder).
func (fs *FS) Size(p string) (int, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	if !ok {
		return 0, &Error{ENOENT, p}
	}
	if n.isDir() {
		return 4096, nil
	}
	return len(n.data.B), nil
}

// File returns the content of an existing file.
func (fs *FS) File(p string) (*vm.ByteArray, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n, ok := fs.nodes[Abs(p)]
	if !ok {
		return nil, &Error{ENOENT, p}
	}
	if n.isDir() {
		return nil, &Error{EISDIR, p}
	}
	return n.data, nil
}

// Create makes an empty file (or empties an existing one, unless exclusive, when that is an
// error) and returns its content.
func (fs *FS) Create(p string, exclusive bool) (*vm.ByteArray, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	if n, ok := fs.nodes[a]; ok {
		if n.isDir() {
			return nil, &Error{EISDIR, p}
		}
		if exclusive {
			return nil, &Error{EEXIST, p}
		}
		n.data.B = n.data.B[:0]
		return n.data, nil
	}
	if err := fs.parentOK(a); err != nil {
		err.Path = p
		return nil, err
	}
	n := &node{data: &vm.ByteArray{}}
	fs.nodes[a] = n
	return n.data, nil
}

// Mkdir makes a folder.
func (fs *FS) Mkdir(p string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	if _, ok := fs.nodes[a]; ok {
		return &Error{EEXIST, p}
	}
	if err := fs.parentOK(a); err != nil {
		err.Path = p
		return err
	}
	fs.nodes[a] = &node{}
	return nil
}

// children lists the names directly inside folder a, sorted.
func (fs *FS) children(a string) []string {
	prefix := a + "/"
	if a == "/" {
		prefix = "/"
	}
	var out []string
	for k := range fs.nodes {
		if k != a && strings.HasPrefix(k, prefix) && !strings.Contains(k[len(prefix):], "/") {
			out = append(out, k[len(prefix):])
		}
	}
	sort.Strings(out)
	return out
}

// List returns the names in a folder, sorted.
func (fs *FS) List(p string) ([]string, *Error) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		return nil, &Error{ENOENT, p}
	}
	if !n.isDir() {
		return nil, &Error{ENOTDIR, p}
	}
	return fs.children(a), nil
}

// Remove deletes a file.
func (fs *FS) Remove(p string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		return &Error{ENOENT, p}
	}
	if n.isDir() {
		return &Error{EISDIR, p}
	}
	delete(fs.nodes, a)
	return nil
}

// Rmdir deletes an empty folder.
func (fs *FS) Rmdir(p string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a := Abs(p)
	n, ok := fs.nodes[a]
	if !ok {
		return &Error{ENOENT, p}
	}
	if !n.isDir() {
		return &Error{ENOTDIR, p}
	}
	if len(fs.children(a)) > 0 {
		return &Error{ENOTEMPTY, p}
	}
	delete(fs.nodes, a)
	return nil
}

// Rename moves a file or folder (with what it holds), replacing a file at the destination.
func (fs *FS) Rename(src, dst string) *Error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	a, b := Abs(src), Abs(dst)
	n, ok := fs.nodes[a]
	if !ok {
		return &Error{ENOENT, src}
	}
	if err := fs.parentOK(b); err != nil {
		err.Path = src
		return err
	}
	if old, ok := fs.nodes[b]; ok && a != b {
		if old.isDir() != n.isDir() {
			if old.isDir() {
				return &Error{EISDIR, src}
			}
			return &Error{ENOTDIR, src}
		}
		if old.isDir() && len(fs.children(b)) > 0 {
			return &Error{ENOTEMPTY, src}
		}
	}
	if n.isDir() && strings.HasPrefix(b+"/", a+"/") && a != b {
		return &Error{EINVAL, src}
	}
	moved := map[string]*node{}
	for k, v := range fs.nodes {
		if k == a || strings.HasPrefix(k, a+"/") {
			moved[b+k[len(a):]] = v
			delete(fs.nodes, k)
		}
	}
	for k, v := range moved {
		fs.nodes[k] = v
	}
	return nil
}
