package main

import "fmt"

type Expr interface {
	Eval(env func(string) (float64, bool)) (float64, error)
	String() string
}

type Num float64
type Var string
type BinOp struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

type EvalError struct{ What string }

func (e *EvalError) Error() string { return "eval: " + e.What }

func (n Num) Eval(func(string) (float64, bool)) (float64, error) { return float64(n), nil }
func (n Num) String() string                                     { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env func(string) (float64, bool)) (float64, error) {
	if x, ok := env(string(v)); ok {
		return x, nil
	}
	return 0, &EvalError{"undefined variable " + string(v)}
}
func (v Var) String() string { return string(v) }

func (b BinOp) Eval(env func(string) (float64, bool)) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, &EvalError{"division by zero"}
		}
		return l / r, nil
	}
	return 0, &EvalError{fmt.Sprintf("bad op %c", b.Op)}
}
func (b BinOp) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n Neg) Eval(env func(string) (float64, bool)) (float64, error) {
	x, err := n.X.Eval(env)
	return -x, err
}
func (n Neg) String() string { return "-" + n.X.String() }

type parser struct {
	src string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() Expr {
	e := p.term()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		e = BinOp{c, e, p.term()}
	}
	return e
}

func (p *parser) term() Expr {
	e := p.factor()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		e = BinOp{Op: c, L: e, R: p.factor()}
	}
	return e
}

func (p *parser) factor() Expr {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		e := p.expr()
		p.peek()
		p.pos++
		return e
	case c == '-':
		p.pos++
		return Neg{p.factor()}
	case c >= '0' && c <= '9':
		v := 0.0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			v = v*10 + float64(p.src[p.pos]-'0')
			p.pos++
		}
		return Num(v)
	default:
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= 'a' && p.src[p.pos] <= 'z' {
			p.pos++
		}
		return Var(p.src[start:p.pos])
	}
}

func main() {
	env := func(name string) (float64, bool) {
		switch name {
		case "x":
			return 3, true
		case "pi":
			return 3.14159, true
		}
		return 0, false
	}
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-x * x + 10", "pi * 2", "y + 1", "10 / (x - 3)", "7 / 2 - -1"} {
		p := &parser{src: src}
		e := p.expr()
		v, err := e.Eval(env)
		if err != nil {
			fmt.Printf("%-14s %-24s error: %v\n", src, e, err)
			continue
		}
		fmt.Printf("%-14s %-24s = %.4g\n", src, e.String(), v)
	}
}
