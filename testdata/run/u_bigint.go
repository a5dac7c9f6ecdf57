package main

import "fmt"

// Big is a non-negative integer, little-endian base 10^4 limbs.
type Big []int

const base = 10000

func FromInt(n int) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func (a Big) Add(b Big) Big {
	var r Big
	carry := 0
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		r = append(r, s%base)
		carry = s / base
	}
	return r
}

func (a Big) MulSmall(k int) Big {
	r := make(Big, 0, len(a)+2)
	carry := 0
	for _, d := range a {
		p := d*k + carry
		r = append(r, p%base)
		carry = p / base
	}
	for carry > 0 {
		r = append(r, carry%base)
		carry /= base
	}
	return r
}

func (a Big) String() string {
	s := fmt.Sprint(a[len(a)-1])
	for i := len(a) - 2; i >= 0; i-- {
		s += fmt.Sprintf("%04d", a[i])
	}
	return s
}

func factorial(n int) Big {
	r := FromInt(1)
	for i := 2; i <= n; i++ {
		r = r.MulSmall(i)
	}
	return r
}

func fib(n int) Big {
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < n; i++ {
		a, b = b, a.Add(b)
	}
	return a
}

func digitSum(b Big) int {
	s := 0
	for _, c := range b.String() {
		s += int(c - '0')
	}
	return s
}

func main() {
	for _, n := range []int{0, 5, 20, 25, 50} {
		f := factorial(n)
		fmt.Printf("%d! = %v (%d digits)\n", n, f, len(f.String()))
	}
	fmt.Println("fib(100) =", fib(100))
	fmt.Println("fib(300) =", fib(300).String())
	fmt.Println("digit sum of 100! =", digitSum(factorial(100)))
	p := FromInt(1)
	for i := 0; i < 128; i++ {
		p = p.MulSmall(2)
	}
	fmt.Println("2^128 =", p)
}
