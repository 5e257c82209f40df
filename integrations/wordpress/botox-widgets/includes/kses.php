<?php
/**
 * The widgets' tags in post content: allowed by kses for every role, attribute values in curly
 * quotes straightened before kses and before display, and kept by the classic editor.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Attributes every widget tag may carry besides its own.
 *
 * @return string[]
 */
function botox_widgets_global_attributes() {
	return array( 'class', 'id', 'dir', 'lang', 'title' );
}

/**
 * The attribute names allowed on a tag: its schema attributes and the global ones.
 *
 * @param array $element The element's schema.
 * @return string[]
 */
function botox_widgets_allowed_attribute_names( $element ) {
	$names = array();
	foreach ( $element['attributes'] as $attribute ) {
		$names[] = $attribute['name'];
	}
	return array_values( array_unique( array_merge( $names, botox_widgets_global_attributes() ) ) );
}

/**
 * Filters wp_kses_allowed_html: in the 'post' context (what every role without unfiltered_html
 * gets) the three tags are allowed with their own attributes and class, id, dir, lang, title.
 * Nothing else is widened.
 *
 * @param mixed  $tags    Allowed tags.
 * @param string $context The kses context.
 * @return mixed
 */
function botox_widgets_kses_allowed_html( $tags, $context = '' ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( botox_widgets_schema()['elements'] as $tag => $element ) {
		$allowed = array();
		foreach ( botox_widgets_allowed_attribute_names( $element ) as $name ) {
			$allowed[ $name ] = true;
		}
		$tags[ $tag ] = ( isset( $tags[ $tag ] ) && is_array( $tags[ $tag ] ) ) ? array_merge( $tags[ $tag ], $allowed ) : $allowed;
	}
	return $tags;
}

/**
 * Filters wp_kses_uri_attributes: the schema's url attributes (consultation-href) hold links, so
 * kses checks their protocol as it does for href.
 *
 * @param mixed $attributes Attribute names.
 * @return mixed
 */
function botox_widgets_kses_uri_attributes( $attributes ) {
	if ( ! is_array( $attributes ) ) {
		return $attributes;
	}
	foreach ( botox_widgets_schema()['elements'] as $element ) {
		foreach ( $element['attributes'] as $attribute ) {
			if ( 'url' === $attribute['kind'] && ! in_array( $attribute['name'], $attributes, true ) ) {
				$attributes[] = $attribute['name'];
			}
		}
	}
	return $attributes;
}

/**
 * Curly and typographic quotes that word processors and wptexturize() put where a straight
 * quote belongs, as a regular expression character class body.
 *
 * @param string $which 'double' or 'single'.
 * @return string
 */
function botox_widgets_quote_class( $which ) {
	// “ ” „ ‟ ″ « »  /  ‘ ’ ‚ ‛ ′ ‹ ›.
	return 'double' === $which
		? '\x{201C}\x{201D}\x{201E}\x{201F}\x{2033}\x{00AB}\x{00BB}'
		: '\x{2018}\x{2019}\x{201A}\x{201B}\x{2032}\x{2039}\x{203A}';
}

/**
 * Turns the character references of typographic quotes (&#8220; &#x201D; &rdquo; &#8243; …, as
 * wptexturize() writes them) into the characters.
 *
 * @param string $text The text.
 * @return string
 */
function botox_widgets_decode_quote_entities( $text ) {
	if ( false === strpos( $text, '&' ) ) {
		return $text;
	}
	$named  = array(
		'ldquo'  => 0x201C,
		'rdquo'  => 0x201D,
		'bdquo'  => 0x201E,
		'Prime'  => 0x2033,
		'laquo'  => 0x00AB,
		'raquo'  => 0x00BB,
		'lsquo'  => 0x2018,
		'rsquo'  => 0x2019,
		'sbquo'  => 0x201A,
		'prime'  => 0x2032,
		'lsaquo' => 0x2039,
		'rsaquo' => 0x203A,
	);
	$quotes = array( 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB, 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A );
	$result = preg_replace_callback(
		'/&(?:#0*(\d{2,5})|#[xX]0*([0-9a-fA-F]{2,4})|(ldquo|rdquo|bdquo|Prime|laquo|raquo|lsquo|rsquo|sbquo|prime|lsaquo|rsaquo));/',
		static function ( $match ) use ( $named, $quotes ) {
			if ( isset( $match[3] ) && '' !== $match[3] ) {
				$code = $named[ $match[3] ];
			} elseif ( isset( $match[2] ) && '' !== $match[2] ) {
				$code = hexdec( $match[2] );
			} else {
				$code = (int) $match[1];
			}
			if ( ! in_array( $code, $quotes, true ) ) {
				return $match[0];
			}
			return html_entity_decode( '&#' . $code . ';', ENT_QUOTES | ENT_HTML5, 'UTF-8' );
		},
		$text
	);
	return is_string( $result ) ? $result : $text;
}

/**
 * Straightens attribute values written in curly quotes in a tag's or shortcode's attribute text:
 * `mode=“form”`, `heading=“Is Botox right for me?”`, `heading=&#8221;Is it?&#8221;`,
 * `sessions=&#8221;6&#8243;`, `heading=‘Don’t wait’`, `heading=« Pour moi ? »` become
 * `mode="form"`, `heading="Is Botox right for me?"`, …
 *
 * Values already in straight quotes, and everything else, are left exactly as they are. A
 * value's own straight double quotes become &quot;. Spaces just inside curly quotes (French
 * « … ») are dropped.
 *
 * @param mixed $text The attribute text (after the tag or shortcode name).
 * @return mixed The text with straight quotes.
 */
function botox_widgets_straighten_attribute_quotes( $text ) {
	if ( ! is_string( $text ) || '' === $text ) {
		return $text;
	}
	$decoded = botox_widgets_decode_quote_entities( $text );
	$double  = botox_widgets_quote_class( 'double' );
	$single  = botox_widgets_quote_class( 'single' );
	if ( 1 !== preg_match( '/[' . $double . $single . ']/u', $decoded ) ) {
		return $text;
	}

	$space  = '[\s\x{00A0}\x{200B}\x{202F}]';
	$name   = '[^\s\x{00A0}\x{200B}="\'<>\/' . $double . $single . ']+';
	$strict = '(?=' . $space . '+' . $name . $space . '*=|' . $space . '*\/?' . $space . '*$)';
	$loose  = '(?=' . $space . '|\/|$)';
	$curly  = array();
	// A straight quote may pair with a curly one (`heading="Is it?”`).
	foreach ( array( $double . '"', $single . "'" ) as $quote ) {
		foreach ( array( $strict, $loose ) as $lookahead ) {
			// Name (1) and value (2) of an attribute in curly quotes; the closing quote is the
			// first one after which the next attribute or the end follows (strict), else the
			// first one before a space (loose).
			$curly[] = '/\G(' . $name . ')' . $space . '*=' . $space . '*[' . $quote . ']' . $space . '*(.*?)' . $space . '*[' . $quote . ']' . $lookahead . '/su';
		}
	}
	$keep = array(
		'/\G' . $space . '+/u',
		'/\G' . $name . $space . '*=' . $space . '*(?:"[^"]*"|\'[^\']*\')' . $loose . '/u',
	);
	$rest = '/\G[^\s\x{00A0}\x{200B}\x{202F}]+/u';

	$out    = '';
	$offset = 0;
	$length = strlen( $decoded );
	while ( $offset < $length ) {
		$done = false;
		foreach ( $keep as $pattern ) {
			if ( 1 === preg_match( $pattern, $decoded, $match, 0, $offset ) && '' !== $match[0] ) {
				$out    .= $match[0];
				$offset += strlen( $match[0] );
				$done    = true;
				break;
			}
		}
		if ( $done ) {
			continue;
		}
		foreach ( $curly as $pattern ) {
			if ( 1 === preg_match( $pattern, $decoded, $match, 0, $offset ) ) {
				$out    .= $match[1] . '="' . str_replace( '"', '&quot;', $match[2] ) . '"';
				$offset += strlen( $match[0] );
				$done    = true;
				break;
			}
		}
		if ( $done ) {
			continue;
		}
		if ( 1 !== preg_match( $rest, $decoded, $match, 0, $offset ) || '' === $match[0] ) {
			// Not valid UTF-8, or nothing this reads: leave the text alone.
			return $text;
		}
		$out    .= $match[0];
		$offset += strlen( $match[0] );
	}
	return $out;
}

/**
 * Applies botox_widgets_straighten_attribute_quotes() to the opening tags of the widgets in HTML.
 *
 * @param mixed $html The HTML.
 * @return mixed
 */
function botox_widgets_straighten_tags( $html ) {
	if ( ! is_string( $html ) || '' === $html ) {
		return $html;
	}
	$pattern = botox_widgets_tag_pattern();
	if ( '' === $pattern || 1 !== preg_match( '/<(?:' . $pattern . ')[\s\/>]/i', $html ) ) {
		return $html;
	}
	$result = preg_replace_callback(
		'/<(' . $pattern . ')(\s[^<>]*?)?(\/?)>/i',
		static function ( $match ) {
			$attributes = isset( $match[2] ) ? $match[2] : '';
			return '<' . $match[1] . botox_widgets_straighten_attribute_quotes( $attributes ) . $match[3] . '>';
		},
		$html
	);
	return is_string( $result ) ? $result : $html;
}

/**
 * On the_content and the widget text filters (priority 9, before wptexturize and kses): the
 * widgets' curly-quoted attribute values as straight ones.
 *
 * @param mixed $content The HTML.
 * @return mixed
 */
function botox_widgets_straighten_content( $content ) {
	return botox_widgets_straighten_tags( $content );
}

/**
 * On content_save_pre (priority 9, before wp_filter_post_kses at 10): the same for the content
 * being saved, which arrives slashed.
 *
 * @param mixed $content The slashed post content.
 * @return mixed
 */
function botox_widgets_straighten_saved_content( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return $content;
	}
	$plain      = wp_unslash( $content );
	$straighter = botox_widgets_straighten_tags( $plain );
	return $straighter === $plain ? $content : wp_slash( $straighter );
}

/**
 * Filters tiny_mce_before_init: the classic editor's Visual tab keeps the widgets' tags (as
 * block-level custom elements) with their attributes, and the benefits list's own `<li>` items.
 *
 * @param mixed  $init      TinyMCE settings.
 * @param string $editor_id The editor's id.
 * @return mixed
 */
function botox_widgets_tiny_mce_before_init( $init, $editor_id = '' ) {
	unset( $editor_id );
	if ( ! is_array( $init ) ) {
		return $init;
	}
	$elements = botox_widgets_schema()['elements'];
	if ( array() === $elements ) {
		return $init;
	}
	$custom   = array();
	$extended = array();
	$children = array();
	foreach ( $elements as $tag => $element ) {
		$custom[]   = $tag;
		$extended[] = $tag . '[' . implode( '|', botox_widgets_allowed_attribute_names( $element ) ) . ']';
		if ( 'benefits-list' === $tag ) {
			$children[] = '+benefits-list[li]';
		}
	}
	$append = static function ( $current, $items ) {
		$current = is_string( $current ) ? trim( $current, " ,\t\n" ) : '';
		return ( '' === $current ? '' : $current . ',' ) . implode( ',', $items );
	};
	$init['custom_elements']         = $append( isset( $init['custom_elements'] ) ? $init['custom_elements'] : '', $custom );
	$init['extended_valid_elements'] = $append( isset( $init['extended_valid_elements'] ) ? $init['extended_valid_elements'] : '', $extended );
	if ( array() !== $children ) {
		$init['valid_children'] = $append( isset( $init['valid_children'] ) ? $init['valid_children'] : '', $children );
	}
	return $init;
}

/**
 * On the_content (priority 11, after wpautop): the paragraphs wpautop() wraps around the
 * widgets' tags in classic content are taken off, as shortcode_unautop() does for shortcodes
 * (wpautop() does not know the tags are block-level, and a `</p>` inside `<benefits-list>` would
 * close the element before the clinic's own `<li>` items).
 *
 * @param mixed $content The HTML.
 * @return mixed
 */
function botox_widgets_unautop( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return $content;
	}
	$pattern = botox_widgets_tag_pattern();
	if ( '' === $pattern || 1 !== preg_match( '/<(?:' . $pattern . ')[\s\/>]/i', $content ) ) {
		return $content;
	}
	$result = preg_replace(
		array(
			'/<p>\s*(<(?:' . $pattern . ')[\s\/>])/i',
			'/(<\/(?:' . $pattern . ')>)\s*<\/p>/i',
			'/(<(?:' . $pattern . ')(?:\s[^<>]*)?>)\s*<\/p>/i',
			'/<p>\s*(<\/(?:' . $pattern . ')>)/i',
		),
		array( '$1', '$1', '$1', '$1' ),
		$content
	);
	return is_string( $result ) ? $result : $content;
}
