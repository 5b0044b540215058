// A small state machine: named int states with a String method, slices
// of structs holding slices, and pointer-receiver methods.
package main

type State int

const (
	Idle State = iota
	Running
	Done
)

type Event struct {
	name string
	from []State
	to   State
}

type FSM struct {
	cur    State
	events []Event
	log    []string
}

func (f *FSM) Fire(name string) bool {
	for _, e := range f.events {
		if e.name != name {
			continue
		}
		for _, s := range e.from {
			if s == f.cur {
				f.log = append(f.log, name)
				f.cur = e.to
				return true
			}
		}
	}
	return false
}

func (s State) String() string {
	switch s {
	case Idle:
		return "idle"
	case Running:
		return "running"
	case Done:
		return "done"
	}
	return "?"
}

func main() {
	f := &FSM{events: []Event{
		{"start", []State{Idle}, Running},
		{"finish", []State{Running}, Done},
		{"reset", []State{Running, Done}, Idle},
	}}
	for _, ev := range []string{"finish", "start", "start", "finish", "reset", "start"} {
		ok := f.Fire(ev)
		println(ev, ok, f.cur.String())
	}
	println(len(f.log))
	for i, l := range f.log {
		print(i, "=", l, " ")
	}
	println()
}
