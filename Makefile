# Shortcuts for the scripts the README names.
.PHONY: demo test bench clean
demo:
	scripts/demo.sh
test:
	scripts/test.sh
bench:
	cmake --build build && for b in build/bench/*_benchmark; do echo "== $$b"; $$b; done
clean:
	rm -rf build build-asan
