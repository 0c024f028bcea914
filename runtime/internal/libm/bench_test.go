package libm

import (
	"math"
	"testing"
)

var sink float64

func BenchmarkPowReal(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Pow(1.05, 10.5+float64(i&7))
	}
}

func BenchmarkPowInt(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Pow(1.05, float64(3+i&7))
	}
}

func BenchmarkExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Exp(0.5 + float64(i&7))
	}
}

func BenchmarkLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Log(0.5 + float64(i&7))
	}
}

func BenchmarkSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = Sin(0.5 + float64(i&7))
	}
}

func BenchmarkGoPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = math.Pow(1.05, 10.5+float64(i&7))
	}
}
