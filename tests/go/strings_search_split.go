// Hand-written substring search, split and join over strings.
package main

func index(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func split(s, sep string) []string {
	var out []string
	for {
		i := index(s, sep)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i])
		s = s[i+len(sep):]
	}
}

func join(parts []string, sep string) string {
	if len(parts) == 0 {
		return ""
	}
	s := parts[0]
	for _, p := range parts[1:] {
		s += sep + p
	}
	return s
}

func main() {
	println(index("chicken", "ken"), index("chicken", "dmr"), index("abc", ""), index("", "a"))
	parts := split("a,b,,c,", ",")
	println(len(parts))
	for i, p := range parts {
		println(i, "["+p+"]")
	}
	println(join(parts, "+"), join(nil, "x"), join([]string{"solo"}, "-"))
	println(join(split("one  two  three", "  "), "_"))
}
