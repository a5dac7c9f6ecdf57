package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

var permNames = [...]string{"read", "write", "exec", "admin"}

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for i, name := range permNames {
		if p&(1<<uint(i)) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "|")
}

func (p Perm) Has(q Perm) bool { return p&q == q }

func (p *Perm) Grant(q Perm)  { *p |= q }
func (p *Perm) Revoke(q Perm) { *p &^= q }

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var p Perm
	fmt.Println(p)
	p.Grant(Read | Write)
	fmt.Println(p, p.Has(Read), p.Has(Exec), p.Has(Read|Write))
	p.Grant(Admin)
	p.Revoke(Write)
	fmt.Println(p, uint8(p))
	fmt.Printf("%v %d %08b\n", Exec|Admin, Exec|Admin, Exec|Admin)
	fmt.Println(ByteSize(1023), ByteSize(1536), ByteSize(5*MB), GB*3.5, TB*1024)
	for _, x := range []uint64{0, 1, 255, 1<<63 | 1, 0xFFFFFFFFFFFFFFFF} {
		fmt.Print(popcount(x), " ")
	}
	fmt.Println()
	var x uint32 = 0x12345678
	swapped := x>>24 | (x>>8)&0xFF00 | (x<<8)&0xFF0000 | x<<24
	fmt.Printf("%#x %#x\n", x, swapped)
	fmt.Println(1<<3|1<<1, 6&3, 6|3, 6^3, 6&^3, -8>>1, ^5)
}
