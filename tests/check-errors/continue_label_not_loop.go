package main

func main() {
block:
	{
		for {
			continue block
		}
	}
	sw := 1
sel:
	switch sw {
	case 1:
		for {
			continue sel
		}
	}
}
