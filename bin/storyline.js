#!/usr/bin/env node
// Entry point for the installed `storyline` command: runs the compiled CLI.
import '../dist/src/cli/main.js';
