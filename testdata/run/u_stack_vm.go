package main

import "fmt"

type OpCode byte

const (
	OpPush OpCode = iota
	OpAdd
	OpSub
	OpMul
	OpDup
	OpSwap
	OpJmpIfZero
	OpJmp
	OpPrint
	OpHalt
	OpDec
)

var opNames = map[OpCode]string{
	OpPush: "PUSH", OpAdd: "ADD", OpSub: "SUB", OpMul: "MUL", OpDup: "DUP",
	OpSwap: "SWAP", OpJmpIfZero: "JZ", OpJmp: "JMP", OpPrint: "PRINT", OpHalt: "HALT", OpDec: "DEC",
}

func (o OpCode) String() string {
	if n, ok := opNames[o]; ok {
		return n
	}
	return fmt.Sprintf("OP(%d)", byte(o))
}

type Instr struct {
	Op  OpCode
	Arg int
}

type VM struct {
	stack []int
	pc    int
	steps int
	out   []int
}

type VMError struct {
	PC  int
	Op  OpCode
	Msg string
}

func (e VMError) Error() string { return fmt.Sprintf("pc=%d %v: %s", e.PC, e.Op, e.Msg) }

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) Run(prog []Instr, maxSteps int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = VMError{vm.pc, prog[vm.pc].Op, fmt.Sprint(r)}
		}
	}()
	for vm.pc < len(prog) {
		if vm.steps >= maxSteps {
			return VMError{vm.pc, prog[vm.pc].Op, "step limit"}
		}
		vm.steps++
		in := prog[vm.pc]
		next := vm.pc + 1
		switch in.Op {
		case OpPush:
			vm.stack = append(vm.stack, in.Arg)
		case OpAdd, OpSub, OpMul:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case OpAdd:
				vm.stack = append(vm.stack, a+b)
			case OpSub:
				vm.stack = append(vm.stack, a-b)
			default:
				vm.stack = append(vm.stack, a*b)
			}
		case OpDup:
			v := vm.pop()
			vm.stack = append(vm.stack, v, v)
		case OpSwap:
			n := len(vm.stack)
			vm.stack[n-1], vm.stack[n-2] = vm.stack[n-2], vm.stack[n-1]
		case OpDec:
			vm.stack[len(vm.stack)-1]--
		case OpJmpIfZero:
			if vm.stack[len(vm.stack)-1] == 0 {
				next = in.Arg
			}
		case OpJmp:
			next = in.Arg
		case OpPrint:
			vm.out = append(vm.out, vm.stack[len(vm.stack)-1])
		case OpHalt:
			return nil
		default:
			return VMError{vm.pc, in.Op, "bad opcode"}
		}
		vm.pc = next
	}
	return nil
}

func main() {
	// factorial of 10: acc n
	fact := []Instr{
		{OpPush, 1}, {OpPush, 10},
		{OpJmpIfZero, 9},
		{OpDup, 0}, {OpSwap, 0}, {OpJmp, 6},
		{OpDec, 0}, {OpJmp, 2}, {OpHalt, 0},
		{OpPrint, 0}, {OpHalt, 0},
	}
	fact = []Instr{
		{OpPush, 1}, {OpPush, 10}, // acc n
		{OpJmpIfZero, 10},       // 2
		{OpDup, 0},              // acc n n
		{OpPush, 0}, {OpAdd, 0}, // acc n n
		{OpSwap, 0}, {OpDec, 0}, {OpSwap, 0}, // acc n-1 n
		{OpJmp, 11},
		{OpPrint, 0}, // 10
		{OpHalt, 0},
	}
	programs := map[string][]Instr{
		"arith":     {{OpPush, 6}, {OpPush, 7}, {OpMul, 0}, {OpPush, 2}, {OpSub, 0}, {OpPrint, 0}},
		"countdown": {{OpPush, 3}, {OpPrint, 0}, {OpJmpIfZero, 5}, {OpDec, 0}, {OpJmp, 1}, {OpHalt, 0}},
		"underflow": {{OpPush, 1}, {OpAdd, 0}},
		"loop":      {{OpJmp, 0}},
		"badop":     {{OpCode(42), 0}},
		"partial":   fact[:4],
	}
	for _, name := range []string{"arith", "countdown", "underflow", "loop", "badop", "partial"} {
		vm := &VM{}
		err := vm.Run(programs[name], 50)
		fmt.Printf("%-9s out=%v stack=%v steps=%d err=%v\n", name, vm.out, vm.stack, vm.steps, err)
	}
	fmt.Println(OpPush, OpHalt, OpCode(99), []OpCode{OpAdd, OpMul})
}
