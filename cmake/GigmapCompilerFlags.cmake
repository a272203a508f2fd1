# Strict flags for every gigmap target: warnings are errors, Qt's implicit string casts are off.

# The warnings every gigmap target compiles with (CMAKE_COMPILE_WARNING_AS_ERROR makes them
# errors). gigmap_models links it PUBLIC, and every other target builds on gigmap_models, so one
# link carries them everywhere; Qt's headers are system headers and stay quiet.
add_library(gigmap_warnings INTERFACE)
target_compile_options(gigmap_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor)

add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    $<$<OR:$<CONFIG:Debug>,$<BOOL:${GIGMAP_BUILD_FUZZERS}>>:_GLIBCXX_ASSERTIONS>
    $<$<OR:$<CONFIG:Debug>,$<BOOL:${GIGMAP_BUILD_FUZZERS}>>:QT_FORCE_ASSERTS>
)

if(GIGMAP_SANITIZE)
    list(JOIN GIGMAP_SANITIZE "," _gigmap_sanitizers)
    message(STATUS "gigmap: building with -fsanitize=${_gigmap_sanitizers}")
    # -g1: line tables are all a sanitizer report needs, and they build and link much faster
    # than full debug information (CI builds this on top of the plain test build).
    add_compile_options(-fsanitize=${_gigmap_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all
                        $<$<CONFIG:Debug>:-g1>)
    add_link_options(-fsanitize=${_gigmap_sanitizers})
endif()

# libFuzzer needs clang. Every gigmap target gets the fuzzer's coverage hooks (fuzzer-no-link)
# with ASan and UBSan, and any UB stops the run; tests/fuzz links the fuzzer's main itself.
# Assertions stay on whatever the build type, so a broken invariant counts as a crash.
if(GIGMAP_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "GIGMAP_BUILD_FUZZERS needs clang (libFuzzer): configure a separate "
                            "build folder with CC=clang CXX=clang++, as scripts/fuzz does.")
    endif()
    if(GIGMAP_SANITIZE)
        message(FATAL_ERROR "GIGMAP_BUILD_FUZZERS brings its own sanitizers; leave GIGMAP_SANITIZE empty.")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
