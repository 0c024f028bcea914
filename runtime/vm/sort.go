package vm

// The stable sort behind list.sort and sorted.
//
// Like CPython's timsort it is a natural merge sort: it finds the runs already in order (a
// strictly descending run is reversed in place, which keeps the sort stable), extends short
// runs to minRun items by binary insertion, then merges neighbouring runs pass after pass
// through one buffer. Data made of a few long runs, which programs sort often, costs about
// n·log2(runs) comparisons instead of n·log2(n). Only less is called, as Python sorts only
// with <; a merge takes from the right run only when its item is less than the left's, so
// that equal items keep their order.

// minRun is the shortest run the merges start from.
const minRun = 32

// mergeSort sorts s stably by less.
func mergeSort[T any](s []T, less func(a, b T) bool) {
	n := len(s)
	if n < 2 {
		return
	}
	// Split s into runs, each in order.
	var bounds []int // run i is s[bounds[i]:bounds[i+1]]
	for lo := 0; lo < n; {
		hi := lo + 1
		if hi < n {
			if less(s[hi], s[lo]) {
				for hi++; hi < n && less(s[hi], s[hi-1]); hi++ {
				}
				reverseSlice(s[lo:hi])
			} else {
				for hi++; hi < n && !less(s[hi], s[hi-1]); hi++ {
				}
			}
		}
		if end := min(n, lo+minRun); hi < end {
			insertionSort(s[lo:end], hi-lo, less)
			hi = end
		}
		bounds = append(bounds, lo)
		lo = hi
	}
	bounds = append(bounds, n)
	if len(bounds) == 2 {
		return
	}
	buf := make([]T, n)
	src, dst := s, buf
	for len(bounds) > 2 {
		next := bounds[:1]
		for i := 0; i+1 < len(bounds); i += 2 {
			lo, mid := bounds[i], bounds[i+1]
			if i+2 >= len(bounds) {
				// An odd run out: carried over to the next pass.
				copy(dst[lo:mid], src[lo:mid])
				next = append(next, mid)
				continue
			}
			hi := bounds[i+2]
			merge(dst[lo:hi], src[lo:mid], src[mid:hi], less)
			next = append(next, hi)
		}
		bounds = next
		src, dst = dst, src
	}
	if &src[0] != &s[0] {
		copy(s, src)
	}
}

// merge merges the sorted runs a and b into out (len(a)+len(b) items), stably.
func merge[T any](out, a, b []T, less func(a, b T) bool) {
	if len(a) > 0 && len(b) > 0 && !less(b[0], a[len(a)-1]) {
		// Already in order: one comparison.
		copy(out, a)
		copy(out[len(a):], b)
		return
	}
	i, j, k := 0, 0, 0
	for i < len(a) && j < len(b) {
		if less(b[j], a[i]) {
			out[k] = b[j]
			j++
		} else {
			out[k] = a[i]
			i++
		}
		k++
	}
	k += copy(out[k:], a[i:])
	copy(out[k:], b[j:])
}

// insertionSort sorts s whose first sorted items are already in order, by binary insertion
// (each new item goes after the equal ones before it).
func insertionSort[T any](s []T, sorted int, less func(a, b T) bool) {
	for i := sorted; i < len(s); i++ {
		x := s[i]
		lo, hi := 0, i
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if less(x, s[m]) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		copy(s[lo+1:i+1], s[lo:i])
		s[lo] = x
	}
}

func reverseSlice[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
