package libm

import (
	"math"
	"testing"
)

var sink float64

func BenchmarkPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Pow(1.0+float64(i&1023)*0.001, 1.5)
	}
}

func BenchmarkGoPow(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += math.Pow(1.0+float64(i&1023)*0.001, 1.5)
	}
}

func BenchmarkSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Sin(float64(i&1023) * 0.01)
	}
}

func BenchmarkExp(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Exp(float64(i&1023) * 0.01)
	}
}

func BenchmarkLog(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink += Log(float64(i&1023)*0.01 + 0.5)
	}
}
