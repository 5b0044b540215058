package main

var init = 1

var main = 2
