// Maps: literals, make, index, comma-ok, delete, len, nil maps, struct, array and
// interface keys, NaN and ±0 keys, maps of slices and maps, reference semantics
// and printing with sorted keys (%v, %+v, %#v).
package main

import "fmt"

type Point struct {
	X, Y int
}

type Inventory struct {
	Name  string
	Count int
}

func keys(m map[string]int) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sortStrings(ks)
	return ks
}

func addOne(m map[string]int, k string) {
	m[k]++
}

func main() {
	ages := map[string]int{"alice": 31, "bob": 25, "carol": 40}
	ages["dave"] = 19
	ages["bob"] = 26
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	if a, ok := ages["carol"]; ok {
		fmt.Println("carol is", a)
	}
	if _, ok := ages["eve"]; !ok {
		fmt.Println("no eve")
	}
	delete(ages, "alice")
	delete(ages, "alice")
	fmt.Println(ages, len(ages))
	fmt.Println(keys(ages))

	// reference semantics
	addOne(ages, "dave")
	addOne(ages, "frank")
	fmt.Println(ages["dave"], ages["frank"])

	// nil map reads
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"], nilMap)
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
	delete(nilMap, "x")

	// make with a hint
	squares := make(map[int]int, 10)
	for i := -3; i <= 3; i++ {
		squares[i] = i * i
	}
	fmt.Println(squares)

	// struct and array keys
	grid := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	grid[Point{3, -1}] = "c"
	fmt.Println(grid[Point{1, 2}], grid[Point{0, 0}], len(grid))
	fmt.Println(grid)
	arr := map[[2]int]bool{{1, 2}: true}
	fmt.Println(arr[[2]int{1, 2}], arr[[2]int{2, 1}])

	// interface keys: by dynamic type and value
	mixed := map[interface{}]string{}
	mixed[1] = "int one"
	mixed[int64(1)] = "int64 one"
	mixed["1"] = "string one"
	mixed[1.0] = "float one"
	mixed[Point{1, 1}] = "point"
	mixed[nil] = "nil"
	fmt.Println(len(mixed), mixed[1], mixed[int64(1)], mixed["1"], mixed[1.0], mixed[Point{1, 1}], mixed[nil])

	// floats: +0 and -0 are one key, NaN never matches
	fm := map[float64]int{}
	fm[0.0] = 1
	zero := 0.0
	negZero := -zero
	fm[negZero] = 2
	nan := zero / zero
	fm[nan] = 3
	fm[nan] = 4
	_, found := fm[nan]
	fmt.Println(len(fm), fm[0], found)
	delete(fm, nan)
	fmt.Println(len(fm))
	delete(fm, nan)
	fmt.Println(fm[negZero], len(fm))
	for k := range fm {
		if k == 0 {
			fmt.Println(k, 1/k < 0)
		}
	}

	// maps of slices and maps
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{}
	for _, w := range []string{"go:fast", "go:simple", "rust:safe", "go:fast"} {
		lang, adj := w[:len(w)-len(w[indexByte(w, ':'):])], w[indexByte(w, ':')+1:]
		if nested[lang] == nil {
			nested[lang] = map[string]int{}
		}
		nested[lang][adj]++
	}
	fmt.Println(nested)

	// struct values are copies
	inv := map[string]Inventory{"apple": {"apple", 3}}
	item := inv["apple"]
	item.Count = 100
	fmt.Println(inv["apple"].Count, item.Count)
	inv["apple"] = item
	fmt.Printf("%v\n%+v\n%#v\n", inv, inv, inv)
	fmt.Printf("%#v %#v\n", nilMap, map[int]bool{2: true, 1: false})
	ptrs := map[string]*Point{"p": {1, 2}}
	ptrs["p"].X = 10
	fmt.Println(*ptrs["p"])
	pm := &map[string]int{"z": 26, "a": 1}
	fmt.Println(pm)
	fmt.Printf("%d %s\n", map[string]int{"b": 2, "a": 1}, map[string]string{"k": "v"})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[float64]string{2.5: "x", -1: "y"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1}, map[int8]int{-3: 1, 5: 2})
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
