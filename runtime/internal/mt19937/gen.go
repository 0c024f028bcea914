package mt19937

// The expected values in testdata are produced by CPython; regenerate them with go generate.
//go:generate python3 testdata/gen.py
