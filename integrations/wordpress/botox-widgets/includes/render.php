<?php
/**
 * The markup of a widget: the element with its validated attributes, in a slot wrapper that
 * names its variant (for the reserved space).
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders one widget.
 *
 * Each attribute is looked up in the schema (by its name, with underscores, or by its property
 * name) and validated: an unknown name, or a value that is not valid for an enum, integer,
 * boolean, date, list or url attribute, is skipped with an HTML comment naming the attribute
 * (never its value). Text is kept as given. The clinic's defaults from the settings fill in
 * `clinic-name` and `consultation-href` where the widget has none. Boolean attributes are
 * written bare when true and left out when false.
 *
 * @param string $tag     The element's tag ('botox-candidacy-check', 'treatment-timeline',
 *                        'benefits-list').
 * @param array  $attrs   Attribute name => value. Integer keys hold bare words (a shortcode's
 *                        `compact`), read as boolean attributes that are present.
 * @param string $context 'block' (the wrapper carries the block supports' classes and styles,
 *                        from get_block_wrapper_attributes()), 'shortcode' or 'markup'.
 * @return string HTML.
 */
function botox_widgets_render_element( $tag, array $attrs, $context = 'markup' ) {
	$element = botox_widgets_element( $tag );
	if ( null === $element ) {
		return botox_widgets_html_comment( sprintf( 'unknown element "%s"', botox_widgets_comment_name( $tag ) ) );
	}

	$comments = '';
	$values   = array();
	foreach ( $attrs as $key => $value ) {
		if ( is_int( $key ) ) {
			$attribute = is_string( $value ) ? botox_widgets_find_attribute( $element, trim( $value ) ) : null;
			if ( null !== $attribute && 'boolean' === $attribute['kind'] ) {
				$values[ $attribute['name'] ] = 'true';
			} else {
				$comments .= botox_widgets_html_comment(
					sprintf( 'skipped "%s": not an attribute of %s', botox_widgets_comment_name( $value ), $tag )
				);
			}
			continue;
		}
		$attribute = botox_widgets_find_attribute( $element, $key );
		if ( null === $attribute ) {
			$comments .= botox_widgets_html_comment(
				sprintf( 'skipped unknown attribute "%s" of %s', botox_widgets_comment_name( $key ), $tag )
			);
			continue;
		}
		$normal = botox_widgets_validate_value( $attribute, $value );
		if ( null === $normal ) {
			$comments .= botox_widgets_html_comment(
				sprintf( 'skipped %s of %s: not a valid %s value', $attribute['name'], $tag, $attribute['kind'] )
			);
			continue;
		}
		$values[ $attribute['name'] ] = $normal;
	}

	$values = botox_widgets_apply_clinic_defaults( $element, $values );

	$markup = '';
	foreach ( $element['attributes'] as $attribute ) {
		$name = $attribute['name'];
		if ( ! isset( $values[ $name ] ) ) {
			continue;
		}
		if ( 'boolean' === $attribute['kind'] ) {
			if ( 'true' === $values[ $name ] ) {
				$markup .= ' ' . $name;
			}
			continue;
		}
		$markup .= ' ' . $name . '="' . esc_attr( $values[ $name ] ) . '"';
	}

	$variant = botox_widgets_variant( $tag, $values );
	if ( 'block' === $context && function_exists( 'get_block_wrapper_attributes' ) ) {
		$wrapper = get_block_wrapper_attributes(
			array(
				'class'            => 'botox-widgets-slot',
				'data-bmw-variant' => $variant,
			)
		);
	} else {
		$wrapper = 'class="botox-widgets-slot" data-bmw-variant="' . esc_attr( $variant ) . '"';
	}

	$before = botox_widgets_mark_used( $tag, $variant );
	return $comments . $before . '<div ' . $wrapper . '><' . $tag . $markup . '></' . $tag . '></div>';
}

/**
 * Fills in the settings' clinic name and booking address where the element has the attribute
 * and the widget did not set it (or set it empty).
 *
 * @param array $element The element's schema.
 * @param array $values  Attribute name => normalised value.
 * @return array The values.
 */
function botox_widgets_apply_clinic_defaults( $element, $values ) {
	$settings = botox_widgets_get_settings();
	$defaults = array(
		'clinic-name'       => $settings['clinic_name'],
		'consultation-href' => $settings['booking_url'],
	);
	foreach ( $defaults as $name => $default ) {
		if ( '' === $default || ( isset( $values[ $name ] ) && '' !== trim( $values[ $name ] ) ) ) {
			continue;
		}
		$attribute = botox_widgets_find_attribute( $element, $name );
		if ( null === $attribute || $attribute['name'] !== $name ) {
			continue;
		}
		$normal = botox_widgets_validate_value( $attribute, $default );
		if ( null !== $normal ) {
			$values[ $name ] = $normal;
		}
	}
	return $values;
}

/**
 * The variant key of a widget, which selects its reserved height: 'candidacy:steps',
 * 'candidacy:form', 'timeline:weeks', 'timeline:dates' (with a valid start-date; hide-calendar
 * does not change it), each of these with '-compact' (compact) and then '-horizontal'
 * (horizontal orientation), 'benefits:list', 'benefits:grid', each with '-expandable'.
 *
 * @param string $tag   The element's tag.
 * @param array  $attrs Attribute name => value (normalised or as given).
 * @return string
 */
function botox_widgets_variant( $tag, $attrs ) {
	$element = botox_widgets_element( $tag );
	$value   = static function ( $name ) use ( $element, $attrs ) {
		if ( ! is_array( $attrs ) || ! array_key_exists( $name, $attrs ) ) {
			return null;
		}
		$attribute = botox_widgets_find_attribute( $element, $name );
		return null === $attribute ? null : botox_widgets_validate_value( $attribute, $attrs[ $name ] );
	};

	switch ( $tag ) {
		case 'botox-candidacy-check':
			return 'candidacy:' . ( 'form' === $value( 'mode' ) ? 'form' : 'steps' );

		case 'treatment-timeline':
			$variant = 'timeline:' . ( null !== $value( 'start-date' ) ? 'dates' : 'weeks' );
			if ( 'true' === $value( 'compact' ) ) {
				$variant .= '-compact';
			}
			if ( 'horizontal' === $value( 'orientation' ) ) {
				$variant .= '-horizontal';
			}
			return $variant;

		case 'benefits-list':
			$variant = 'benefits:' . ( 'grid' === $value( 'layout' ) ? 'grid' : 'list' );
			if ( 'true' === $value( 'expandable' ) ) {
				$variant .= '-expandable';
			}
			return $variant;
	}

	$type = ( null !== $element ) ? $element['type'] : botox_widgets_comment_name( $tag );
	return $type . ':default';
}

/**
 * The block render callback of the three blocks.
 *
 * Block attributes are keyed by property name (camelCase); each maps to its element attribute
 * through the schema. Lists come as arrays, booleans as true/false (false is left out), numbers
 * as numbers. Values equal to the schema's default are not written (the element has the same
 * default); other keys (className, align, style, …: the block supports') go to the wrapper.
 *
 * @param array         $attributes The block's attributes.
 * @param string        $content    The inner content (none: the blocks are dynamic).
 * @param WP_Block|null $block      The block.
 * @return string HTML.
 */
function botox_widgets_render_block( $attributes, $content = '', $block = null ) {
	$name    = ( is_object( $block ) && isset( $block->name ) && is_string( $block->name ) ) ? $block->name : '';
	$element = botox_widgets_element_by_type( $name );
	if ( null === $element ) {
		return '';
	}
	$attrs = array();
	if ( is_array( $attributes ) ) {
		foreach ( $element['attributes'] as $attribute ) {
			$property = $attribute['property'];
			if ( ! array_key_exists( $property, $attributes ) || null === $attributes[ $property ] ) {
				continue;
			}
			$value = $attributes[ $property ];
			if ( false === $value && 'boolean' === $attribute['kind'] ) {
				continue;
			}
			if ( '' === $value && in_array( $attribute['kind'], array( 'url', 'date', 'enum', 'integer' ), true ) ) {
				continue;
			}
			if ( array_key_exists( 'default', $attribute ) ) {
				$normal = botox_widgets_validate_value( $attribute, $value );
				if ( null !== $normal && botox_widgets_validate_value( $attribute, $attribute['default'] ) === $normal ) {
					continue;
				}
			}
			$attrs[ $attribute['name'] ] = $value;
		}
	}
	return botox_widgets_render_element( $element['tag'], $attrs, 'block' );
}

/**
 * A name or word as it may appear in an HTML comment: lowercase letters, digits and single
 * hyphens, at most 60 characters; '?' when nothing is left.
 *
 * @param mixed $name The name as written.
 * @return string
 */
function botox_widgets_comment_name( $name ) {
	if ( ! is_string( $name ) && ! is_int( $name ) ) {
		return '?';
	}
	$name = preg_replace( '/[^a-z0-9-]+/', '', strtolower( (string) $name ) );
	$name = trim( preg_replace( '/-+/', '-', (string) $name ), '-' );
	$name = substr( $name, 0, 60 );
	return '' === $name ? '?' : $name;
}

/**
 * An HTML comment `<!-- botox-widgets: … -->` whose text cannot end the comment early.
 *
 * @param string $text The message (built from fixed words and botox_widgets_comment_name()).
 * @return string
 */
function botox_widgets_html_comment( $text ) {
	$text = preg_replace( '/[^a-zA-Z0-9 ":,.()_\/-]+/', '', (string) $text );
	$text = preg_replace( '/-{2,}/', '-', (string) $text );
	return '<!-- botox-widgets: ' . trim( (string) $text, ' -' ) . ' -->';
}
