<?php
/**
 * The elements' attributes (generated/schema.json) and the messages (generated/messages.json),
 * and the validation of attribute values against the schema.
 *
 * Both files are written by the build from the library itself (scripts/build-wordpress.mjs);
 * nothing here lists an attribute or a value by hand.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads and decodes a JSON file of the plugin's generated/ folder.
 *
 * @param string $file File name inside generated/.
 * @return array|null The decoded object, or null when missing or not valid JSON.
 */
function botox_widgets_read_generated( $file ) {
	$path = BOTOX_WIDGETS_DIR . 'generated/' . $file;
	if ( ! is_readable( $path ) ) {
		return null;
	}
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	$json = file_get_contents( $path );
	if ( ! is_string( $json ) ) {
		return null;
	}
	$data = json_decode( $json, true );
	return is_array( $data ) ? $data : null;
}

/**
 * The schema: array( 'version' => string, 'elements' => array( tag => element ) ).
 *
 * Each element has 'tag', 'block', 'type', 'title', 'summary' and 'attributes' (a list in the
 * manifest's order); each attribute has at least 'name', 'property', 'kind' and 'block', and,
 * by kind, 'values', 'min', 'max', 'default'. Entries that do not have this shape are dropped,
 * so callers can rely on it. Read once per request.
 *
 * @return array
 */
function botox_widgets_schema() {
	static $schema = null;
	if ( null !== $schema ) {
		return $schema;
	}

	$schema = array(
		'version'  => '',
		'elements' => array(),
		'loaded'   => false,
	);
	$data   = botox_widgets_read_generated( 'schema.json' );
	if ( null === $data || ! isset( $data['elements'] ) || ! is_array( $data['elements'] ) ) {
		return $schema;
	}
	$schema['loaded'] = true;
	if ( isset( $data['version'] ) && is_string( $data['version'] ) ) {
		$schema['version'] = $data['version'];
	}

	$kinds = array( 'enum', 'list', 'integer', 'boolean', 'date', 'text', 'url' );
	foreach ( $data['elements'] as $tag => $element ) {
		if ( ! is_string( $tag ) || 1 !== preg_match( '/^[a-z][a-z0-9]*-[a-z0-9-]*$/', $tag ) || ! is_array( $element ) ) {
			continue;
		}
		if ( ! isset( $element['type'] ) || ! is_string( $element['type'] ) || 1 !== preg_match( '/^[a-z0-9-]+$/', $element['type'] ) ) {
			continue;
		}
		$attributes = array();
		$list       = ( isset( $element['attributes'] ) && is_array( $element['attributes'] ) ) ? $element['attributes'] : array();
		foreach ( $list as $attribute ) {
			if ( ! is_array( $attribute ) || ! isset( $attribute['name'], $attribute['kind'] ) ) {
				continue;
			}
			if ( ! is_string( $attribute['name'] ) || 1 !== preg_match( '/^[a-z][a-z0-9-]*$/', $attribute['name'] ) ) {
				continue;
			}
			if ( ! in_array( $attribute['kind'], $kinds, true ) ) {
				continue;
			}
			if ( ! isset( $attribute['property'] ) || ! is_string( $attribute['property'] ) || '' === $attribute['property'] ) {
				$attribute['property'] = lcfirst( str_replace( ' ', '', ucwords( str_replace( '-', ' ', $attribute['name'] ) ) ) );
			}
			$attribute['block'] = ! empty( $attribute['block'] );
			if ( isset( $attribute['values'] ) ) {
				$attribute['values'] = is_array( $attribute['values'] ) ? array_values( array_filter( $attribute['values'], 'is_string' ) ) : array();
			} elseif ( 'enum' === $attribute['kind'] || 'list' === $attribute['kind'] ) {
				$attribute['values'] = array();
			}
			foreach ( array( 'min', 'max' ) as $bound ) {
				if ( isset( $attribute[ $bound ] ) && ! is_int( $attribute[ $bound ] ) ) {
					unset( $attribute[ $bound ] );
				}
			}
			$attributes[] = $attribute;
		}
		$type                         = $element['type'];
		$schema['elements'][ $tag ] = array(
			'tag'        => $tag,
			'type'       => $type,
			'block'      => ( isset( $element['block'] ) && is_string( $element['block'] ) ) ? $element['block'] : 'botox-widgets/' . $type,
			'title'      => ( isset( $element['title'] ) && is_string( $element['title'] ) ) ? $element['title'] : $tag,
			'summary'    => ( isset( $element['summary'] ) && is_string( $element['summary'] ) ) ? $element['summary'] : '',
			'attributes' => $attributes,
		);
	}
	return $schema;
}

/**
 * The tags of the elements, in the schema's order.
 *
 * @return string[]
 */
function botox_widgets_tags() {
	$schema = botox_widgets_schema();
	return array_keys( $schema['elements'] );
}

/**
 * One element of the schema by its tag.
 *
 * @param mixed $tag A tag name such as 'benefits-list'.
 * @return array|null
 */
function botox_widgets_element( $tag ) {
	$schema = botox_widgets_schema();
	if ( ! is_string( $tag ) || ! isset( $schema['elements'][ $tag ] ) ) {
		return null;
	}
	return $schema['elements'][ $tag ];
}

/**
 * One element of the schema by its short type ('candidacy-check') or its block name
 * ('botox-widgets/candidacy-check').
 *
 * @param mixed $type The type or block name.
 * @return array|null
 */
function botox_widgets_element_by_type( $type ) {
	if ( ! is_string( $type ) ) {
		return null;
	}
	$schema = botox_widgets_schema();
	foreach ( $schema['elements'] as $element ) {
		if ( $element['type'] === $type || $element['block'] === $type ) {
			return $element;
		}
	}
	return null;
}

/**
 * An attribute of an element by any name an author may use for it: the attribute name
 * ('heading-level'), with underscores ('heading_level'), or the property name in any case
 * ('headingLevel', or 'headinglevel' as shortcode_parse_atts() lowercases it).
 *
 * @param array|null $element An element from the schema.
 * @param mixed      $key     The name as written.
 * @return array|null The attribute's schema.
 */
function botox_widgets_find_attribute( $element, $key ) {
	if ( ! is_array( $element ) || empty( $element['attributes'] ) || ( ! is_string( $key ) && ! is_int( $key ) ) ) {
		return null;
	}
	$key = (string) $key;
	foreach ( $element['attributes'] as $attribute ) {
		if ( $attribute['name'] === $key || $attribute['property'] === $key ) {
			return $attribute;
		}
	}
	$folded = strtolower( str_replace( '_', '-', $key ) );
	foreach ( $element['attributes'] as $attribute ) {
		if ( $attribute['name'] === $folded || strtolower( $attribute['property'] ) === strtolower( $key ) ) {
			return $attribute;
		}
	}
	return null;
}

/**
 * Validates and normalises one attribute value against its schema.
 *
 * - enum: one of the values, exactly (surrounding spaces are ignored).
 * - integer: a whole number (an int, a whole float, or a string such as "12") from min to max.
 * - boolean: true, false, "true", "false", "1", "0", "" (present), or the attribute's own name
 *   (compact="compact"); returns 'true' or 'false'.
 * - date: YYYY-MM-DD and a real calendar date.
 * - list: comma-separated known keys (or an array of them); unknown keys are dropped, repeats
 *   removed, order kept; '' (or an empty array) is valid and means none; a non-empty value with
 *   no known key is invalid.
 * - text: any string, as is.
 * - url: an http:, https:, mailto: or tel: address, or a relative one.
 *
 * @param array $attr_schema The attribute's schema (from botox_widgets_find_attribute()).
 * @param mixed $value       The value as given.
 * @return string|null The normalised value, or null when the value is not valid.
 */
function botox_widgets_validate_value( $attr_schema, $value ) {
	if ( ! is_array( $attr_schema ) || ! isset( $attr_schema['kind'] ) ) {
		return null;
	}
	$values = ( isset( $attr_schema['values'] ) && is_array( $attr_schema['values'] ) ) ? $attr_schema['values'] : array();

	switch ( $attr_schema['kind'] ) {
		case 'enum':
			if ( ! is_string( $value ) ) {
				return null;
			}
			$value = trim( $value );
			return in_array( $value, $values, true ) ? $value : null;

		case 'integer':
			if ( is_int( $value ) ) {
				$number = $value;
			} elseif ( is_float( $value ) && is_finite( $value ) && floor( $value ) === $value && abs( $value ) < PHP_INT_MAX ) {
				$number = (int) $value;
			} elseif ( is_string( $value ) && 1 === preg_match( '/^\s*([+-]?\d{1,9})\s*$/', $value, $match ) ) {
				$number = (int) $match[1];
			} else {
				return null;
			}
			if ( isset( $attr_schema['min'] ) && is_int( $attr_schema['min'] ) && $number < $attr_schema['min'] ) {
				return null;
			}
			if ( isset( $attr_schema['max'] ) && is_int( $attr_schema['max'] ) && $number > $attr_schema['max'] ) {
				return null;
			}
			return (string) $number;

		case 'boolean':
			if ( true === $value || 1 === $value ) {
				return 'true';
			}
			if ( false === $value || 0 === $value || null === $value ) {
				return 'false';
			}
			if ( ! is_string( $value ) ) {
				return null;
			}
			$value = strtolower( trim( $value ) );
			if ( '' === $value || 'true' === $value || '1' === $value || ( isset( $attr_schema['name'] ) && $attr_schema['name'] === $value ) ) {
				return 'true';
			}
			if ( 'false' === $value || '0' === $value ) {
				return 'false';
			}
			return null;

		case 'date':
			if ( ! is_string( $value ) || 1 !== preg_match( '/^\s*(\d{4})-(\d{2})-(\d{2})\s*$/', $value, $match ) ) {
				return null;
			}
			if ( ! checkdate( (int) $match[2], (int) $match[3], (int) $match[1] ) ) {
				return null;
			}
			return $match[1] . '-' . $match[2] . '-' . $match[3];

		case 'list':
			if ( is_array( $value ) ) {
				$keys = array();
				foreach ( $value as $key ) {
					if ( ! is_string( $key ) ) {
						return null;
					}
					$keys[] = $key;
				}
			} elseif ( is_string( $value ) ) {
				$keys = explode( ',', $value );
			} else {
				return null;
			}
			$given = 0;
			$known = array();
			foreach ( $keys as $key ) {
				$key = trim( $key );
				if ( '' === $key ) {
					continue;
				}
				++$given;
				if ( in_array( $key, $values, true ) && ! in_array( $key, $known, true ) ) {
					$known[] = $key;
				}
			}
			if ( $given > 0 && array() === $known ) {
				return null;
			}
			return implode( ',', $known );

		case 'text':
			if ( is_string( $value ) ) {
				return $value;
			}
			if ( is_int( $value ) || is_float( $value ) ) {
				return (string) $value;
			}
			return null;

		case 'url':
			return botox_widgets_validate_url( $value );
	}
	return null;
}

/**
 * Validates a link: http:, https:, mailto: or tel:, or a relative address.
 *
 * Character references are decoded first (the browser decodes them in an attribute, so
 * `javascript&#58;…` is a scheme too).
 *
 * @param mixed $value The address.
 * @return string|null The address (absolute ones as esc_url_raw() gives them), or null.
 */
function botox_widgets_validate_url( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = trim( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
	if ( '' === $value || 1 === preg_match( '/[\x00-\x1F\x7F]/', $value ) ) {
		return null;
	}
	if ( 1 === preg_match( '/^([a-zA-Z][a-zA-Z0-9+.-]*):/', $value, $match ) ) {
		$protocols = array( 'http', 'https', 'mailto', 'tel' );
		if ( ! in_array( strtolower( $match[1] ), $protocols, true ) ) {
			return null;
		}
		$clean = esc_url_raw( $value, $protocols );
		return '' === $clean ? null : $clean;
	}
	// A relative address (/book, book.html, ?p=2, #form, //example.com/book): no colon before
	// its first /, ? or #, so it cannot be read as a scheme.
	$head = preg_split( '/[\/?#]/', $value, 2 );
	if ( ! is_array( $head ) || false !== strpos( $head[0], ':' ) ) {
		return null;
	}
	return str_replace( ' ', '%20', $value );
}

/**
 * The messages: array( 'source' => 'en', 'locales' => string[], 'dir' => array( code => 'rtl' ),
 * 'ids' => array( id => true ), 'messages' => the list from generated/messages.json ).
 * Read once per request.
 *
 * @return array
 */
function botox_widgets_messages() {
	static $messages = null;
	if ( null !== $messages ) {
		return $messages;
	}
	$messages = array(
		'source'   => 'en',
		'locales'  => array( 'en', 'ar', 'de', 'es', 'fr', 'pt-BR', 'zh-Hans' ),
		'dir'      => array( 'ar' => 'rtl' ),
		'ids'      => array(),
		'messages' => array(),
		'loaded'   => false,
	);
	$data     = botox_widgets_read_generated( 'messages.json' );
	if ( null === $data ) {
		return $messages;
	}
	$messages['loaded'] = true;
	if ( isset( $data['source'] ) && is_string( $data['source'] ) ) {
		$messages['source'] = $data['source'];
	}
	if ( isset( $data['locales'] ) && is_array( $data['locales'] ) ) {
		$locales = array_values( array_filter( $data['locales'], 'botox_widgets_is_language_code' ) );
		if ( array() !== $locales ) {
			$messages['locales'] = $locales;
		}
	}
	if ( isset( $data['dir'] ) && is_array( $data['dir'] ) ) {
		$messages['dir'] = array();
		foreach ( $data['dir'] as $code => $dir ) {
			if ( is_string( $code ) && 'rtl' === $dir ) {
				$messages['dir'][ $code ] = 'rtl';
			}
		}
	}
	if ( isset( $data['messages'] ) && is_array( $data['messages'] ) ) {
		foreach ( $data['messages'] as $message ) {
			if ( is_array( $message ) && isset( $message['id'] ) && is_string( $message['id'] ) ) {
				$messages['ids'][ $message['id'] ] = true;
				$messages['messages'][]            = $message;
			}
		}
	}
	return $messages;
}

/**
 * The language codes the widgets ship (from generated/messages.json).
 *
 * @return string[]
 */
function botox_widgets_shipped_locales() {
	$messages = botox_widgets_messages();
	return $messages['locales'];
}

/**
 * Picks the best available language for a requested one, as the library does: case-insensitive,
 * `_` like `-`; an exact match wins (pt-BR), then the tag with subtags removed one at a time
 * (es-MX → es), then an available code with the same language (zh-TW → zh-Hans, pt → pt-BR).
 *
 * @param mixed    $requested A language tag or WordPress locale (es_ES).
 * @param string[] $available The available codes.
 * @param string   $fallback  What to return when nothing fits.
 * @return string
 */
function botox_widgets_match_locale( $requested, $available, $fallback ) {
	if ( ! is_string( $requested ) || ! is_array( $available ) ) {
		return $fallback;
	}
	$normalize = static function ( $tag ) {
		return strtolower( str_replace( '_', '-', trim( (string) $tag ) ) );
	};
	$parts     = explode( '-', $normalize( $requested ) );
	$language  = $parts[0];
	if ( '' === $language ) {
		return $fallback;
	}
	for ( $length = count( $parts ); $length > 0; $length-- ) {
		$prefix = implode( '-', array_slice( $parts, 0, $length ) );
		foreach ( $available as $code ) {
			if ( is_string( $code ) && $normalize( $code ) === $prefix ) {
				return $code;
			}
		}
	}
	foreach ( $available as $code ) {
		if ( is_string( $code ) ) {
			$code_parts = explode( '-', $normalize( $code ) );
			if ( $code_parts[0] === $language ) {
				return $code;
			}
		}
	}
	return $fallback;
}

/**
 * Tells administrators when the plugin folder has no generated files (a source checkout
 * installed instead of the built plugin).
 */
function botox_widgets_admin_notice_missing_build() {
	if ( ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	$schema = botox_widgets_schema();
	if ( $schema['loaded'] && is_readable( BOTOX_WIDGETS_DIR . 'widgets/botox-widgets.js' ) ) {
		return;
	}
	printf(
		'<div class="notice notice-error"><p>%s</p></div>',
		esc_html__( 'Botox Widgets: this copy of the plugin has not been built (generated/schema.json or widgets/botox-widgets.js is missing). Install the plugin zip made by npm run build.', 'botox-widgets' )
	);
}
