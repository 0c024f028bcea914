package syntax

// The golden files of the tests and the Unicode tables are generated with
// Python 3.12; regenerate them with
//
//	PYTHON=python3.12 go generate ./runtime/syntax
//
// and never edit them by hand.

//go:generate sh -c "${PYTHON:-python3} testdata/update.py"
//go:generate sh -c "${PYTHON:-python3} internal/gen/unicode_names.py > unicode_names.go"
//go:generate sh -c "${PYTHON:-python3} internal/gen/nfkc.py > nfkc_table.go"
