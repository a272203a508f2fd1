# Strict flags for every gigmap target: warnings are errors, Qt's implicit string casts are off.

add_compile_options(-Wall -Wextra -Wpedantic)

add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_STRICT_ITERATORS
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>
    $<$<CONFIG:Debug>:QT_FORCE_ASSERTS>
)

if(GIGMAP_SANITIZE)
    list(JOIN GIGMAP_SANITIZE "," _gigmap_sanitizers)
    message(STATUS "gigmap: building with -fsanitize=${_gigmap_sanitizers}")
    add_compile_options(-fsanitize=${_gigmap_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${_gigmap_sanitizers})
endif()
