// Command types-oracle prints what `goviz check --types` must print, using
// real Go's go/types: every package-level object of one package in source
// order as types.ObjectString(obj, nil) writes it (a constant followed by
// " = " and its exact value), each defined type followed by its methods.
//
// Usage:
//
//	go run main.go FILE.go...   (package "command-line-arguments")
//	go run main.go IMPORTPATH   (a standard package, linux/amd64, cgo off)
//
// Used by app/tests/cache.rs; it is the oracle, not part of goviz.
package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	path, files, err := sources(os.Args[1:])
	if err != nil {
		fail(err)
	}
	fset := token.NewFileSet()
	var asts []*ast.File
	for _, f := range files {
		a, err := parser.ParseFile(fset, f, nil, parser.SkipObjectResolution)
		if err != nil {
			fail(err)
		}
		asts = append(asts, a)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check(path, fset, asts, info)
	if err != nil {
		fail(err)
	}
	for _, f := range asts {
		for _, name := range declaredNames(f) {
			obj := info.Defs[name]
			if obj == nil || pkg.Scope().Lookup(name.Name) != obj {
				continue
			}
			printObject(obj)
		}
	}
}

// sources returns the package path and its files.
func sources(args []string) (string, []string, error) {
	if len(args) == 0 {
		return "", nil, fmt.Errorf("usage: types-oracle FILE.go... | IMPORTPATH")
	}
	if strings.HasSuffix(args[0], ".go") {
		return "command-line-arguments", args, nil
	}
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled = "linux", "amd64", false
	ctx.BuildTags = []string{"purego", "math_big_pure_go"}
	p, err := ctx.Import(args[0], ".", 0)
	if err != nil {
		return "", nil, err
	}
	var files []string
	for _, f := range p.GoFiles {
		files = append(files, filepath.Join(p.Dir, f))
	}
	return p.ImportPath, files, nil
}

// declaredNames lists the names a file declares at package level, in
// source order (methods left out: they follow their type).
func declaredNames(f *ast.File) []*ast.Ident {
	var names []*ast.Ident
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			for _, s := range d.Specs {
				switch s := s.(type) {
				case *ast.ValueSpec:
					names = append(names, s.Names...)
				case *ast.TypeSpec:
					names = append(names, s.Name)
				}
			}
		case *ast.FuncDecl:
			if d.Recv == nil {
				names = append(names, d.Name)
			}
		}
	}
	return names
}

func printObject(obj types.Object) {
	line := types.ObjectString(obj, nil)
	if c, ok := obj.(*types.Const); ok {
		line += " = " + c.Val().ExactString()
	}
	fmt.Println(line)
	if tn, ok := obj.(*types.TypeName); ok && !tn.IsAlias() {
		if named, ok := tn.Type().(*types.Named); ok {
			for i := range named.NumMethods() {
				fmt.Println(types.ObjectString(named.Method(i), nil))
			}
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
