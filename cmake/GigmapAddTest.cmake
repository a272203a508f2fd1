# gigmap_add_test(<name> SOURCES <files…> [LIBS <targets…>] [LABELS unit|integration|ui|packaging]
#                 [TIMEOUT <seconds>])
# One QtTest executable, one ctest entry, run under the offscreen platform with test-mode paths.
function(gigmap_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/englishwords.cpp)
    target_link_libraries(${name} PRIVATE Qt6::Test gigmap_models ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;GIGMAP_SKIP_KEYRING=1;LC_ALL=C.UTF-8;LANGUAGE=en;ASAN_OPTIONS=detect_leaks=1:abort_on_error=0;UBSAN_OPTIONS=print_stacktrace=1")
endfunction()
