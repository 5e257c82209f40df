<?php
/**
 * The widgets' script, the language data block and the reserved-space CSS, printed once per page
 * and only on pages that show a widget.
 *
 * A page needs them as soon as a block or a shortcode renders (botox_widgets_mark_used()) or
 * raw element markup passes through the content and widget filters
 * (botox_widgets_detect_markup()). Where they go depends on when that happens:
 *
 * - before the head is printed (block themes render the whole template first, and anything that
 *   filters content early): the CSS for the variants on the page, the data block and the module
 *   script are printed in wp_head;
 * - after it (classic themes): the CSS for every variant is printed inline right before the first
 *   widget's markup, and the data block and the script in wp_footer.
 *
 * WordPress 6.5+ prints the script through the Script Modules API where that API prints it in the
 * same place (wp_head in block themes, wp_footer in classic ones); otherwise, and on 6.1–6.4, the
 * plugin prints the same `<script type="module">` tag itself. Never with `?ver=`: the widgets'
 * chunks are loaded relative to the script's address, and one copy per page is what counts.
 *
 * @package BotoxWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The module's script id (the tag's id is this with `-js-module`, as the Script Modules API
 * writes it).
 */
define( 'BOTOX_WIDGETS_SCRIPT_ID', 'botox-widgets' );

/**
 * The state of the current page: which tags and variants it shows, and what has been printed.
 *
 * @return array A reference to the state.
 */
function &botox_widgets_page_state() {
	static $state = array(
		'needed'        => false,
		'tags'          => array(),
		'variants'      => array(),
		'head_done'     => false,
		'where'         => '',
		'via_api'       => false,
		'css_tags'      => array(),
		'css_variants'  => array(),
		'css_full'      => false,
		'data_done'     => false,
		'script_done'   => false,
		'editor'        => false,
		'editor_api'    => false,
		'editor_done'   => false,
		'editor_inline' => false,
	);
	return $state;
}

/**
 * The address of the widgets' module script.
 *
 * @return string
 */
function botox_widgets_script_url() {
	/**
	 * Filters the address of the widgets' module script (widgets/botox-widgets.js in the plugin).
	 * The script loads its chunks and translations relative to its own address, so a copy
	 * elsewhere (a CDN) needs the whole widgets/ folder.
	 *
	 * @param string $url The address.
	 */
	$url = apply_filters( 'botox_widgets_script_url', BOTOX_WIDGETS_URL . 'widgets/botox-widgets.js' );
	return is_string( $url ) ? $url : BOTOX_WIDGETS_URL . 'widgets/botox-widgets.js';
}

/**
 * Marks the page as showing a widget: the script, the data block and the reserved space will be
 * printed. Called by the renderers (blocks, shortcode) and the raw markup filters.
 *
 * @param string $tag     The element's tag.
 * @param string $variant The variant key of the widget (botox_widgets_variant()), '' for raw
 *                        markup.
 * @return string Markup to print right before the widget: the reserved-space CSS when the head
 *                has been printed already and it does not cover this widget yet, else ''.
 */
function botox_widgets_mark_used( $tag, $variant = '' ) {
	if ( ! is_string( $tag ) || null === botox_widgets_element( $tag ) ) {
		return '';
	}
	$state                  =& botox_widgets_page_state();
	$state['tags'][ $tag ] = true;
	if ( is_string( $variant ) && '' !== $variant ) {
		$state['variants'][ $variant ] = true;
	}

	if ( ! $state['needed'] ) {
		$state['needed'] = true;
		botox_widgets_schedule_script();
	}

	if ( ! $state['head_done'] || $state['css_full'] ) {
		return '';
	}
	$covered = isset( $state['css_tags'][ $tag ] ) && ( ! is_string( $variant ) || '' === $variant || isset( $state['css_variants'][ $variant ] ) );
	if ( $covered ) {
		return '';
	}
	$state['css_full'] = true;
	return botox_widgets_reserved_style(
		array_keys( botox_widgets_reserved_variants() ),
		botox_widgets_tags(),
		'botox-widgets-reserved-inline'
	);
}

/**
 * Decides where the module script will be printed, the first time a widget renders, and hands it
 * to the Script Modules API (6.5+) when the API prints it in that same place.
 */
function botox_widgets_schedule_script() {
	$state          =& botox_widgets_page_state();
	$state['where'] = $state['head_done'] ? 'footer' : 'head';
	if ( ! function_exists( 'wp_register_script_module' ) || ! function_exists( 'wp_enqueue_script_module' ) ) {
		return;
	}
	$block_theme = function_exists( 'wp_is_block_theme' ) && wp_is_block_theme();
	// The API prints in wp_head for block themes and in wp_footer for classic ones.
	if ( ( 'head' === $state['where'] ) === $block_theme ) {
		wp_register_script_module( BOTOX_WIDGETS_SCRIPT_ID, botox_widgets_script_url(), array(), null );
		wp_enqueue_script_module( BOTOX_WIDGETS_SCRIPT_ID );
		$state['via_api'] = true;
	}
}

/**
 * Prints the `<script type="module">` tag (when the Script Modules API does not).
 */
function botox_widgets_print_script_tag() {
	wp_print_script_tag(
		array(
			'type' => 'module',
			'src'  => esc_url( botox_widgets_script_url() ),
			'id'   => BOTOX_WIDGETS_SCRIPT_ID . '-js-module',
		)
	);
}

/**
 * On wp_head (priority 9, before the Script Modules API at 10): everything for the widgets
 * rendered so far, when there are any.
 */
function botox_widgets_print_head() {
	$state              =& botox_widgets_page_state();
	$state['head_done'] = true;
	if ( ! $state['needed'] ) {
		return;
	}
	$tags     = array_keys( $state['tags'] );
	$variants = array_keys( $state['variants'] );
	// phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from validated keys and integers only.
	echo botox_widgets_reserved_style( $variants, $tags, 'botox-widgets-reserved' );
	$state['css_tags']     = array_fill_keys( $tags, true );
	$state['css_variants'] = array_fill_keys( $variants, true );

	botox_widgets_print_data_block();
	if ( ! $state['via_api'] && ! $state['script_done'] ) {
		botox_widgets_print_script_tag();
		$state['script_done'] = true;
	}
}

/**
 * On wp_footer (priority 9): the data block, when the head did not have it.
 */
function botox_widgets_print_footer_data() {
	$state =& botox_widgets_page_state();
	if ( $state['needed'] ) {
		botox_widgets_print_data_block();
	}
}

/**
 * On wp_footer (priority 20): the script tag, when neither the head nor the Script Modules API
 * printed it.
 */
function botox_widgets_print_footer_script() {
	$state =& botox_widgets_page_state();
	if ( ! $state['needed'] || $state['via_api'] || $state['script_done'] ) {
		return;
	}
	botox_widgets_print_data_block();
	botox_widgets_print_script_tag();
	$state['script_done'] = true;
}

/**
 * Prints the data block once per page, when the settings need one.
 */
function botox_widgets_print_data_block() {
	$state =& botox_widgets_page_state();
	if ( $state['data_done'] ) {
		return;
	}
	$state['data_done'] = true;
	$json               = botox_widgets_data_json();
	if ( null === $json ) {
		return;
	}
	wp_print_inline_script_tag(
		$json,
		array(
			'type'               => 'application/json',
			'data-botox-widgets' => true,
		)
	);
}

/**
 * The data block's configuration: the pinned language, the clinic's wording and the added
 * languages, as the widgets read them from `<script type="application/json" data-botox-widgets>`.
 *
 * @return array|null Null when the settings change nothing (no data block is needed).
 */
function botox_widgets_page_config() {
	$settings = botox_widgets_get_settings();
	$catalog  = botox_widgets_messages();
	$shipped  = $catalog['locales'];
	$config   = array();

	if ( '' !== $settings['locale'] ) {
		$config['locale'] = $settings['locale'];
	}

	$messages = array();
	$dir      = array();
	foreach ( $settings['languages'] as $code => $language ) {
		if ( in_array( $code, $shipped, true ) ) {
			continue;
		}
		$messages[ $code ] = botox_widgets_known_messages( $language['messages'] );
		$dir[ $code ]      = $language['dir'];
	}
	foreach ( $settings['wording'] as $code => $wording ) {
		if ( ! in_array( $code, $shipped, true ) && ! isset( $messages[ $code ] ) ) {
			continue;
		}
		$wording = botox_widgets_known_messages( $wording );
		if ( array() === $wording ) {
			continue;
		}
		$messages[ $code ] = array_merge( isset( $messages[ $code ] ) ? $messages[ $code ] : array(), $wording );
	}

	if ( array() !== $messages ) {
		$config['messages'] = array();
		foreach ( $messages as $code => $texts ) {
			$config['messages'][ $code ] = (object) $texts;
		}
		$config['messages'] = (object) $config['messages'];
	}
	if ( array() !== $dir ) {
		$config['dir'] = (object) $dir;
	}
	return array() === $config ? null : $config;
}

/**
 * Keeps only the messages whose id the widgets have (generated/messages.json).
 *
 * @param array $messages Message id => text.
 * @return array
 */
function botox_widgets_known_messages( $messages ) {
	$catalog = botox_widgets_messages();
	$known   = array();
	if ( ! is_array( $messages ) ) {
		return $known;
	}
	foreach ( $messages as $id => $text ) {
		if ( is_string( $id ) && is_string( $text ) && ( ! $catalog['loaded'] || isset( $catalog['ids'][ $id ] ) ) ) {
			$known[ $id ] = $text;
		}
	}
	return $known;
}

/**
 * The data block's JSON, safe inside a script element.
 *
 * @return string|null
 */
function botox_widgets_data_json() {
	$config = botox_widgets_page_config();
	if ( null === $config ) {
		return null;
	}
	$json = wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	return is_string( $json ) ? $json : null;
}

/**
 * The language whose reserved heights apply: the pinned one, else the site language matched as
 * the widgets match `<html lang>` (es_ES → es, pt_BR → pt-BR, zh_CN → zh-Hans), else English.
 *
 * @return string
 */
function botox_widgets_page_language() {
	$settings = botox_widgets_get_settings();
	if ( '' !== $settings['locale'] ) {
		return $settings['locale'];
	}
	$available = array_merge( botox_widgets_shipped_locales(), array_keys( $settings['languages'] ) );
	$locale    = function_exists( 'determine_locale' ) ? determine_locale() : get_locale();
	return botox_widgets_match_locale( $locale, $available, 'en' );
}

/**
 * The measured heights (reserved-heights.json): variant => language => list of
 * array( min viewport width, height ) in px, ascending by width.
 *
 * @return array
 */
function botox_widgets_reserved_heights() {
	static $heights = null;
	if ( null !== $heights ) {
		return $heights;
	}
	$heights = array();
	$path    = BOTOX_WIDGETS_DIR . 'reserved-heights.json';
	$data    = null;
	if ( is_readable( $path ) ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$json = file_get_contents( $path );
		$data = is_string( $json ) ? json_decode( $json, true ) : null;
	}
	if ( ! is_array( $data ) || ! isset( $data['variants'] ) || ! is_array( $data['variants'] ) ) {
		return $heights;
	}
	foreach ( $data['variants'] as $variant => $languages ) {
		if ( ! botox_widgets_is_variant_key( $variant ) || ! is_array( $languages ) ) {
			continue;
		}
		foreach ( $languages as $code => $pairs ) {
			$pairs = botox_widgets_clean_height_pairs( $pairs );
			if ( botox_widgets_is_language_code( $code ) && array() !== $pairs ) {
				$heights[ $variant ][ $code ] = $pairs;
			}
		}
	}
	return $heights;
}

/**
 * Whether a string is a variant key such as 'timeline:dates-compact'.
 *
 * @param mixed $variant The key.
 * @return bool
 */
function botox_widgets_is_variant_key( $variant ) {
	return is_string( $variant ) && 1 === preg_match( '/^[a-z0-9]+:[a-z0-9-]+$/', $variant );
}

/**
 * A list of [width, height] pairs with whole, sensible numbers, ascending by width, one per width.
 *
 * @param mixed $pairs The pairs as read.
 * @return array
 */
function botox_widgets_clean_height_pairs( $pairs ) {
	$clean = array();
	if ( ! is_array( $pairs ) ) {
		return array();
	}
	foreach ( $pairs as $pair ) {
		if ( ! is_array( $pair ) || ! isset( $pair[0], $pair[1] ) || ! is_numeric( $pair[0] ) || ! is_numeric( $pair[1] ) ) {
			continue;
		}
		$width  = (int) round( (float) $pair[0] );
		$height = (int) round( (float) $pair[1] );
		if ( $width >= 0 && $width <= 10000 && $height > 0 && $height <= 20000 ) {
			$clean[ $width ] = $height;
		}
	}
	ksort( $clean, SORT_NUMERIC );
	$list = array();
	foreach ( $clean as $width => $height ) {
		$list[] = array( $width, $height );
	}
	return $list;
}

/**
 * Heights used when reserved-heights.json has none for a default variant (the README's
 * "No layout shift" values, at 16px per rem).
 *
 * @return array Variant => list of [width, height].
 */
function botox_widgets_fallback_heights() {
	return array(
		'candidacy:steps' => array( array( 0, 640 ), array( 640, 480 ) ),
		'timeline:weeks'  => array( array( 0, 1248 ), array( 640, 832 ) ),
		'benefits:list'   => array( array( 0, 1216 ), array( 640, 640 ) ),
	);
}

/**
 * Every variant with heights for the page's language: variant => list of [width, height].
 *
 * @return array
 */
function botox_widgets_reserved_variants() {
	$language = botox_widgets_page_language();
	$variants = array();
	foreach ( botox_widgets_reserved_heights() as $variant => $languages ) {
		if ( isset( $languages[ $language ] ) ) {
			$variants[ $variant ] = $languages[ $language ];
		} elseif ( isset( $languages['en'] ) ) {
			$variants[ $variant ] = $languages['en'];
		}
	}
	foreach ( botox_widgets_fallback_heights() as $variant => $pairs ) {
		if ( ! isset( $variants[ $variant ] ) ) {
			$variants[ $variant ] = $pairs;
		}
	}
	return $variants;
}

/**
 * The element tag a variant key belongs to ('timeline:dates' → 'treatment-timeline').
 *
 * @param string $variant The key.
 * @return string|null
 */
function botox_widgets_variant_tag( $variant ) {
	static $prefixes = null;
	if ( null === $prefixes ) {
		$prefixes = array();
		foreach ( botox_widgets_tags() as $tag ) {
			$default              = explode( ':', botox_widgets_variant( $tag, array() ) );
			$prefixes[ $default[0] ] = $tag;
		}
	}
	$prefix = explode( ':', (string) $variant );
	return isset( $prefixes[ $prefix[0] ] ) ? $prefixes[ $prefix[0] ] : null;
}

/**
 * The reserved-space CSS: for raw markup of each of $tags (its default variant's heights) and for
 * each variant in $variants inside a slot, in the page's language.
 *
 * @param string[] $variants Variant keys.
 * @param string[] $tags     Element tags.
 * @return string CSS.
 */
function botox_widgets_reserved_css( $variants, $tags ) {
	$heights = botox_widgets_reserved_variants();
	$rules   = array();
	$media   = array();
	$add     = static function ( $selector, $pairs ) use ( &$rules, &$media ) {
		$base = false;
		foreach ( $pairs as $pair ) {
			if ( 0 === $pair[0] ) {
				$rules[] = $selector . '{display:block;min-height:' . $pair[1] . 'px}';
				$base    = true;
			} else {
				$media[ $pair[0] ][] = $selector . '{min-height:' . $pair[1] . 'px}';
			}
		}
		if ( ! $base ) {
			$rules[] = $selector . '{display:block}';
		}
	};

	$display = array();
	foreach ( botox_widgets_tags() as $tag ) {
		$display[] = $tag . ':not(:defined)';
	}
	foreach ( $tags as $tag ) {
		if ( null === botox_widgets_element( $tag ) ) {
			continue;
		}
		$default = botox_widgets_variant( $tag, array() );
		if ( isset( $heights[ $default ] ) ) {
			$add( $tag . ':not(:defined)', $heights[ $default ] );
		}
	}
	foreach ( $variants as $variant ) {
		$tag = botox_widgets_variant_tag( $variant );
		if ( null !== $tag && botox_widgets_is_variant_key( $variant ) && isset( $heights[ $variant ] ) ) {
			$add( '.botox-widgets-slot[data-bmw-variant="' . $variant . '"]>' . $tag . ':not(:defined)', $heights[ $variant ] );
		}
	}

	$css = array() === $display ? '' : implode( ',', $display ) . '{display:block}';
	$css .= implode( '', $rules );
	ksort( $media, SORT_NUMERIC );
	foreach ( $media as $width => $list ) {
		$css .= '@media (min-width:' . (int) $width . 'px){' . implode( '', $list ) . '}';
	}
	return $css;
}

/**
 * The reserved-space CSS in a style element.
 *
 * @param string[] $variants Variant keys.
 * @param string[] $tags     Element tags.
 * @param string   $id       The style element's id.
 * @return string
 */
function botox_widgets_reserved_style( $variants, $tags, $id ) {
	$css = botox_widgets_reserved_css( $variants, $tags );
	if ( '' === $css ) {
		return '';
	}
	return '<style id="' . esc_attr( $id ) . '">' . $css . "</style>\n";
}

/**
 * Finds raw element markup in content or widget output (filters the_content, widget_text_content,
 * widget_block_content, widget_custom_html_content and the core/html block at a late priority)
 * and marks the page; when the head has passed, the reserved-space CSS goes right before the
 * first element.
 *
 * @param mixed $content The HTML.
 * @return mixed The HTML, unchanged or with the CSS before the first widget.
 */
function botox_widgets_detect_markup( $content ) {
	if ( ! is_string( $content ) || '' === $content || ( function_exists( 'is_feed' ) && is_feed() ) ) {
		return $content;
	}
	// An excerpt loses its tags (and the CSS with them): it does not show a widget.
	if ( doing_filter( 'get_the_excerpt' ) ) {
		return $content;
	}
	$pattern = botox_widgets_tag_pattern();
	if ( '' === $pattern || ! preg_match_all( '/<(' . $pattern . ')[\s>\/]/i', $content, $matches, PREG_OFFSET_CAPTURE ) ) {
		return $content;
	}
	$before = '';
	$seen   = array();
	foreach ( $matches[1] as $match ) {
		$tag = strtolower( $match[0] );
		if ( ! isset( $seen[ $tag ] ) ) {
			$seen[ $tag ] = true;
			$before      .= botox_widgets_mark_used( $tag );
		}
	}
	if ( '' === $before ) {
		return $content;
	}
	$offset = $matches[0][0][1];
	return substr( $content, 0, $offset ) . $before . substr( $content, $offset );
}

/**
 * The tags as a regular expression alternation ('botox\-candidacy\-check|…').
 *
 * @return string
 */
function botox_widgets_tag_pattern() {
	$tags = botox_widgets_tags();
	return implode(
		'|',
		array_map(
			static function ( $tag ) {
				return preg_quote( $tag, '/' );
			},
			$tags
		)
	);
}

/**
 * On enqueue_block_editor_assets: the schema and the settings' defaults for the editor script,
 * and the widgets' module so the editor shows the real elements.
 */
function botox_widgets_enqueue_editor_assets() {
	$state =& botox_widgets_page_state();
	if ( ! $state['editor_inline'] && wp_script_is( 'botox-widgets-editor', 'registered' ) ) {
		$state['editor_inline'] = true;
		wp_enqueue_script( 'botox-widgets-editor' );
		$json = wp_json_encode( botox_widgets_editor_data(), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE );
		if ( is_string( $json ) ) {
			wp_add_inline_script( 'botox-widgets-editor', 'window.botoxWidgetsSchema = ' . $json . ';', 'before' );
		}
	}
	if ( $state['editor'] ) {
		return;
	}
	$state['editor'] = true;
	if ( function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' ) ) {
		wp_register_script_module( BOTOX_WIDGETS_SCRIPT_ID, botox_widgets_script_url(), array(), null );
		wp_enqueue_script_module( BOTOX_WIDGETS_SCRIPT_ID );
		$state['editor_api'] = true;
	}
}

/**
 * What the editor script reads from window.botoxWidgetsSchema: the schema (version, elements),
 * the settings' defaults by attribute name ('clinic-name', 'consultation-href'; only those
 * set), and the module's address (for an editor canvas in an iframe).
 *
 * @return array
 */
function botox_widgets_editor_data() {
	$schema   = botox_widgets_schema();
	$settings = botox_widgets_get_settings();
	$defaults = array();
	if ( '' !== $settings['clinic_name'] ) {
		$defaults['clinic-name'] = $settings['clinic_name'];
	}
	$href = botox_widgets_validate_url( $settings['booking_url'] );
	if ( null !== $href ) {
		$defaults['consultation-href'] = $href;
	}
	return array(
		'version'   => $schema['version'],
		'elements'  => (object) $schema['elements'],
		'defaults'  => (object) $defaults,
		'moduleUrl' => botox_widgets_script_url(),
		'config'    => botox_widgets_page_config(),
	);
}

/**
 * On admin_print_footer_scripts (priority 9) of block editor screens: the data block, and on
 * 6.1–6.4 the module script tag (6.5+ prints it through the Script Modules API at priority 10).
 */
function botox_widgets_print_editor_module() {
	$state =& botox_widgets_page_state();
	if ( ! $state['editor'] || $state['editor_done'] ) {
		return;
	}
	$state['editor_done'] = true;
	botox_widgets_print_data_block();
	if ( ! $state['editor_api'] ) {
		botox_widgets_print_script_tag();
	}
}
