<?php
/**
 * The [botox_widget type="…" …] shortcode.
 *
 * `type` is the widget: candidacy-check, treatment-timeline or benefits-list (the element's tag
 * works too). Every other attribute is one of the element's, by its name (heading-level), with
 * underscores (heading_level) or by its property name (headingLevel); a bare word such as
 * `compact` sets a boolean attribute. Values are validated as for blocks.
 *
 * Text pasted from a word processor, or run through wptexturize(), has curly quotes where the
 * straight ones belong (type=“candidacy-check” heading=“Is Botox right for me?”), which
 * WordPress's attribute parser reads as broken values; the pre_do_shortcode_tag filter reparses
 * the raw attribute text with the quotes straightened first.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's name.
 */
define( 'BOTOX_WIDGETS_SHORTCODE', 'botox_widget' );

/**
 * On init: registers the shortcode.
 */
function botox_widgets_register_shortcode() {
	add_shortcode( BOTOX_WIDGETS_SHORTCODE, 'botox_widgets_shortcode' );
}

/**
 * Renders [botox_widget].
 *
 * @param mixed  $atts          The attributes (an array, or '' when there are none).
 * @param mixed  $content       Enclosed content (not used).
 * @param string $shortcode_tag The shortcode's name.
 * @return string HTML.
 */
function botox_widgets_shortcode( $atts = array(), $content = null, $shortcode_tag = '' ) {
	unset( $content, $shortcode_tag );
	$atts = is_array( $atts ) ? $atts : array();

	$type = '';
	if ( isset( $atts['type'] ) && is_string( $atts['type'] ) ) {
		$type = strtolower( trim( botox_widgets_unquote( $atts['type'] ) ) );
	}
	unset( $atts['type'] );

	$element = botox_widgets_element_by_type( $type );
	if ( null === $element ) {
		$element = botox_widgets_element( $type );
	}
	if ( null === $element ) {
		$types = array();
		foreach ( botox_widgets_schema()['elements'] as $known ) {
			$types[] = $known['type'];
		}
		return botox_widgets_html_comment(
			sprintf(
				'unknown widget type "%s" (type is one of: %s)',
				botox_widgets_comment_name( $type ),
				implode( ', ', $types )
			)
		);
	}

	// A last guard, for attributes parsed with curly quotes still around them (the
	// pre_do_shortcode_tag filter removed, or this function called directly): no value of an
	// attribute other than text starts or ends with a typographic quote.
	foreach ( $atts as $key => $value ) {
		$attribute = is_int( $key ) ? null : botox_widgets_find_attribute( $element, $key );
		if ( is_string( $value ) && ( null === $attribute || 'text' !== $attribute['kind'] ) ) {
			$atts[ $key ] = botox_widgets_unquote( $value );
		}
	}
	return botox_widgets_render_element( $element['tag'], $atts, 'shortcode' );
}

/**
 * Removes typographic quotes (and their character references) from the start and the end of a
 * value.
 *
 * @param string $value The value.
 * @return string
 */
function botox_widgets_unquote( $value ) {
	$quotes = botox_widgets_quote_class( 'double' ) . botox_widgets_quote_class( 'single' );
	$clean  = preg_replace( '/^[' . $quotes . ']+|[' . $quotes . ']+$/u', '', botox_widgets_decode_quote_entities( $value ) );
	return is_string( $clean ) ? $clean : $value;
}

/**
 * Filters pre_do_shortcode_tag: for [botox_widget] whose raw attribute text ($m[3]) has curly
 * quotes or their character references, parses it again with the quotes straightened and
 * renders the shortcode from that (passing the result through do_shortcode_tag as WordPress
 * would).
 *
 * @param mixed  $output The short-circuit value (false to go on).
 * @param string $tag    The shortcode's name.
 * @param mixed  $attr   The attributes as WordPress parsed them.
 * @param mixed  $m      The regular expression match of the shortcode.
 * @return mixed
 */
function botox_widgets_pre_do_shortcode_tag( $output, $tag, $attr = array(), $m = array() ) {
	if ( false !== $output || BOTOX_WIDGETS_SHORTCODE !== $tag || ! is_array( $m ) || ! isset( $m[3] ) || ! is_string( $m[3] ) ) {
		return $output;
	}
	$raw      = $m[3];
	$straight = botox_widgets_straighten_attribute_quotes( $raw );
	if ( ! is_string( $straight ) || $straight === $raw ) {
		return $output;
	}
	$atts    = shortcode_parse_atts( $straight );
	$content = isset( $m[5] ) ? $m[5] : null;
	$before  = isset( $m[1] ) && is_string( $m[1] ) ? $m[1] : '';
	$after   = isset( $m[6] ) && is_string( $m[6] ) ? $m[6] : '';
	$html    = $before . botox_widgets_shortcode( $atts, $content, $tag ) . $after;

	/** This filter is documented in wp-includes/shortcodes.php */
	return apply_filters( 'do_shortcode_tag', $html, $tag, $atts, $m );
}
